//! Speed of `scan` + `redact` on realistic text, on JSON exports and on
//! inputs built to be worst cases, at two or three sizes each so that
//! linear time shows as equal MB/s.
//!
//! `cargo bench --bench scan` (all), `cargo bench --bench scan -- world/`
//! (generated contact-centre text and the worst cases up to 16 MB).

#![allow(missing_docs)]

use std::hint::black_box;

use std::time::Duration;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group,
    criterion_main,
};
use hush::{Policy, redact, scan};

#[allow(dead_code)]
#[path = "../examples/complexity/families.rs"]
mod families;
#[allow(dead_code)]
#[path = "../examples/world/text.rs"]
mod world;

/// The texts of the public corpus, back to back, to `size` bytes.
fn realistic(size: usize) -> String {
    let family = families::find("realistic").expect("a family");
    families::generate(family, size, 1)
}

fn repeat(piece: &str, size: usize) -> String {
    piece.repeat(size / piece.len() + 1)
}

/// JSON made of `open`, then `item(i)` for i = 0, 1, 2... separated by
/// commas up to about `size` bytes, then `close`.
fn json_of(
    size: usize,
    open: &str,
    item: impl Fn(usize) -> String,
    close: &str,
) -> String {
    let mut out = String::from(open);
    let mut i = 0;
    while out.len() < size {
        if i > 0 {
            out.push_str(",\n");
        }
        out.push_str(&item(i));
        i += 1;
    }
    out.push_str(close);
    debug_assert!(serde_json::from_str::<serde_json::Value>(&out).is_ok());
    out
}

/// A Contact Lens export: turns with ids, offsets and sentiment, a card
/// read over two of every six turns.
fn contact_lens(size: usize) -> String {
    const SAID: [(&str, &str); 6] = [
        ("AGENT", "Thanks for calling, what's the card number?"),
        ("CUSTOMER", "four one one one, one one one one"),
        ("AGENT", "uh huh"),
        ("CUSTOMER", "one one one one, one one one one"),
        ("AGENT", "And the security code?"),
        ("CUSTOMER", "three two one, and call me on 555 867 5309"),
    ];
    json_of(
        size,
        "{\"Version\": \"1.1.0\", \"Channel\": \"VOICE\", \"Transcript\": [\n",
        |i| {
            let (who, text) = SAID[i % 6];
            format!(
                "  {{\"BeginOffsetMillis\": {}, \"Content\": \"{text}\", \
                 \"EndOffsetMillis\": {}, \"Id\": \"8f3a1c2e-4b5d-4e6f-9a7b-{i:012x}\", \
                 \"ParticipantId\": \"{who}\", \"Sentiment\": \"NEUTRAL\", \
                 \"LoudnessScore\": [79.27, 81.65]}}",
                i * 3000,
                i * 3000 + 2500
            )
        },
        "\n]}",
    )
}

/// AWS Transcribe word items with speaker labels, compact.
fn transcribe_items(size: usize) -> String {
    const WORDS: [&str; 12] = [
        "card", "please", "four", "one", "one", "one", ",", "one", "one",
        "one", "one", ".",
    ];
    json_of(
        size,
        "{\"results\":{\"items\":[",
        |i| {
            let w = WORDS[i % WORDS.len()];
            let kind = if w == "," || w == "." {
                "punctuation"
            } else {
                "pronunciation"
            };
            format!(
                "{{\"id\":{i},\"type\":\"{kind}\",\"alternatives\":[{{\"confidence\":\"0.998\",\
                 \"content\":\"{w}\"}}],\"start_time\":\"{}.25\",\"speaker_label\":\"spk_{}\"}}",
                i / 4,
                (i / 24) % 2
            )
        },
        "]}}",
    )
}

/// Measures `scan` + `redact` of `text` under `policy`, in bytes per
/// second, as `name/size`.
fn scan_redact(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    size: usize,
    text: &str,
    policy: &Policy,
) {
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_with_input(BenchmarkId::new(name, size), text, |b, text| {
        b.iter(|| {
            let findings = scan(black_box(text), policy);
            black_box(redact(text, &findings, policy.style))
        })
    });
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
        (
            "arabic-indic-cards",
            Box::new(|n| repeat("card ٤١١١ ١١١١ ١١١١ ١١١١ exp ٠٩/٢٧ ", n)),
        ),
        ("json-contact-lens", Box::new(contact_lens)),
        ("json-transcribe-items", Box::new(transcribe_items)),
        (
            "json-escapes",
            Box::new(|n| {
                json_of(
                    n,
                    "[",
                    |_| r#""\u0034\u0031 \n\"x\" \ud83d\ude00""#.into(),
                    "]",
                )
            }),
        ),
        ("json-deep", Box::new(|n| "[".repeat(n / 2) + &"]".repeat(n / 2))),
    ];
    for (name, make) in &cases {
        for size in [20 * 1024, 1024 * 1024] {
            scan_redact(&mut g, name, size, &make(size), &policy);
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

/// Generated contact-centre text (`examples/world`) and the worst cases
/// of `examples/complexity` at 20 KB, 1 MB and 16 MB: the same MB/s at
/// every size is linear time; the 16 MB inputs are what batch work over
/// an archive meets. `cargo bench --bench scan -- world/`.
fn bench_world(c: &mut Criterion) {
    let policy = Policy::default();
    let generated = |genre: world::Genre| {
        move |size: usize| world::World::text(genre, 1, size).0
    };
    let family = |name: &'static str| {
        let f = families::find(name).expect("a family of complexity");
        move |size: usize| families::generate(f, size, 1)
    };
    let cases: Vec<(&str, Maker)> = vec![
        // A ticket system's export: chats, call notes, transcripts.
        ("mixed", Box::new(generated(world::Genre::Mixed))),
        ("speech", Box::new(generated(world::Genre::Speech))),
        ("jsonl", Box::new(generated(world::Genre::Jsonl))),
        // Worst cases: long runs of digits, spoken digits with no pause,
        // many tiny turns, a numeric CSV, one card per line.
        ("digit-runs", Box::new(family("spaced-digits"))),
        ("spoken-run", Box::new(family("spoken-run"))),
        ("tiny-turns", Box::new(family("digit-turns"))),
        ("csv-numeric", Box::new(family("csv-numeric"))),
        ("card-per-line", Box::new(family("card-list"))),
    ];
    let mut g = c.benchmark_group("world");
    for size in [20 << 10, 1 << 20, 16 << 20] {
        if size > 1 << 20 {
            // Seconds per pass: the fewest samples criterion allows.
            g.sampling_mode(SamplingMode::Flat)
                .sample_size(10)
                .warm_up_time(Duration::from_millis(500))
                .measurement_time(Duration::from_secs(10));
        } else {
            g.sampling_mode(SamplingMode::Auto)
                .sample_size(10)
                .warm_up_time(Duration::from_secs(1))
                .measurement_time(Duration::from_secs(3));
        }
        for (name, make) in &cases {
            scan_redact(&mut g, name, size, &make(size), &policy);
        }
    }
    g.finish();
}

criterion_group!(benches, bench, bench_policy, bench_world);
criterion_main!(benches);
