//! Scores the detector on a labelled JSONL corpus (the format of
//! `tests/data/corpus/README.md`): recall per kind, precision,
//! over-redaction and the share of gold digits and number words left
//! readable per kind, then recall per variant, then every miss (with how
//! much of it is readable) and false positive.
//!
//! `cargo run --release --example score -- tests/data/corpus/public.jsonl`
//!
//! `--summary` prints the summary and the per-variant table only.

#[path = "../tests/it/score.rs"]
#[allow(dead_code)]
mod score;

#[path = "../tests/it/corpus.rs"]
#[allow(dead_code)]
mod corpus;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let summary = args.iter().any(|a| a == "--summary");
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "tests/data/corpus/public.jsonl".to_string());
    let text = std::fs::read_to_string(&path).expect("a readable JSONL file");
    let docs = corpus::load(&text);
    let (tally, problems) = corpus::evaluate(&docs);
    #[allow(clippy::print_stdout)]
    {
        println!("{} documents in {path}", docs.len());
        print!("{}", tally.report());
        println!();
        print!("{}", tally.variant_report());
        if !summary {
            println!();
            for p in &problems {
                println!("{p}");
            }
        }
    }
}
