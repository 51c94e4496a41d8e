//! Scores the detector on a labelled JSONL corpus (the format of
//! `tests/data/corpus/README.md`): recall per kind, precision and
//! over-redaction, then every miss and false positive.
//!
//! `cargo run --release --example score -- tests/data/corpus/public.jsonl`

#[path = "../tests/it/score.rs"]
#[allow(dead_code)]
mod score;

#[path = "../tests/it/corpus.rs"]
#[allow(dead_code)]
mod corpus;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/data/corpus/public.jsonl".to_string());
    let text = std::fs::read_to_string(&path).expect("a readable JSONL file");
    let docs = corpus::load(&text);
    let (tally, problems) = corpus::evaluate(&docs);
    #[allow(clippy::print_stdout)]
    {
        println!("{} documents in {path}", docs.len());
        print!("{}", tally.report());
        for p in &problems {
            println!("{p}");
        }
    }
}
