//! The public labelled corpus (`tests/data/corpus/public.jsonl`, a copy of
//! `../shared/corpus/public.jsonl`): every CARD, SSN, CVV and EXPIRY item
//! must be redacted completely, and nothing outside gold and IGNORE spans
//! may be touched.

use hush::{Kind, Policy, redact, scan};
use serde_json::Value;

use crate::score::{Gold, Tally, byte_offsets, judge};

const PUBLIC: &str = include_str!("../data/corpus/public.jsonl");

/// A labelled document.
pub struct Doc {
    pub id: String,
    pub text: String,
    pub golds: Vec<Gold>,
}

/// Parses a JSONL corpus.
pub fn load(jsonl: &str) -> Vec<Doc> {
    jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: Value =
                serde_json::from_str(line).expect("valid JSON line");
            let text = v["text"].as_str().expect("text").to_string();
            let at = byte_offsets(&text);
            let mut golds: Vec<(String, Gold)> = Vec::new();
            for s in v["spans"].as_array().expect("spans") {
                let start = at[s["start"].as_u64().unwrap() as usize];
                let end = at[s["end"].as_u64().unwrap() as usize];
                let kind = match s["type"].as_str().unwrap() {
                    "CARD" => Some(Kind::Card),
                    "SSN" => Some(Kind::Ssn),
                    "CVV" => Some(Kind::Cvv),
                    "EXPIRY" => Some(Kind::Expiry),
                    _ => None,
                };
                let entity = match &s["entity"] {
                    Value::String(e) => e.clone(),
                    other => other.to_string(),
                };
                let variant = s["variant"].as_str().unwrap_or("").to_string();
                match golds.iter_mut().find(|(e, _)| *e == entity) {
                    Some((_, g)) => g.spans.push(start..end),
                    None => golds.push((
                        entity,
                        Gold {
                            kind,
                            spans: std::iter::once(start..end).collect(),
                            variant,
                        },
                    )),
                }
            }
            Doc {
                id: v["id"].as_str().unwrap_or("?").to_string(),
                text,
                golds: golds.into_iter().map(|(_, g)| g).collect(),
            }
        })
        .collect()
}

/// Scores `docs`, returning the tally and a description of every miss,
/// false positive and over-redaction.
pub fn evaluate(docs: &[Doc]) -> (Tally, Vec<String>) {
    let policy = Policy::default();
    let mut tally = Tally::default();
    let mut problems = Vec::new();
    for d in docs {
        let findings = scan(&d.text, &policy);
        let v = judge(&d.text, &d.golds, &findings);
        tally.add(&d.golds, &v);
        for ((g, caught), (readable, units)) in
            d.golds.iter().zip(&v.caught).zip(&v.readable)
        {
            if !caught {
                let texts: Vec<&str> =
                    g.spans.iter().map(|s| &d.text[s.clone()]).collect();
                problems.push(format!(
                    "{}: missed {:?} {} {:?} ({readable}/{units} readable)",
                    d.id,
                    g.kind.map(|k| k.name()),
                    g.variant,
                    texts
                ));
            }
        }
        for fp in &v.false_positives {
            let reason = findings
                .iter()
                .find(|f| f.span().overlaps(hush::Span::new(fp.start, fp.end)))
                .map(|f| f.reason().to_string())
                .unwrap_or_default();
            problems.push(format!(
                "{}: false positive {:?} ({reason})",
                d.id,
                &d.text[fp.clone()]
            ));
        }
        if v.over > 0 && v.false_positives.is_empty() {
            problems.push(format!(
                "{}: {} characters over-redacted: {}",
                d.id,
                v.over,
                redact(&d.text, &findings, policy.style)
            ));
        }
    }
    (tally, problems)
}

#[test]
fn public_corpus_is_redacted_completely_and_only() {
    let docs = load(PUBLIC);
    assert_eq!(docs.len(), 80);
    let (tally, problems) = evaluate(&docs);
    #[allow(clippy::print_stdout)]
    {
        println!("{}", tally.report());
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
