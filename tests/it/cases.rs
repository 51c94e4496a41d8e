//! The data-driven detection cases in `tests/data/*.toml` (format in
//! `tests/data/README.md`).

use std::ops::Range;

use hush::{Kind, Policy, redact, scan};
use toml::Value;

use crate::score::{Gold, judge};

/// Every case file, by name. `every_case_file_is_listed` keeps this list
/// complete.
const FILES: &[(&str, &str)] = &[
    ("cards.toml", include_str!("../data/cards.toml")),
    ("ssn.toml", include_str!("../data/ssn.toml")),
    ("cvv_expiry.toml", include_str!("../data/cvv_expiry.toml")),
    ("negatives.toml", include_str!("../data/negatives.toml")),
    ("spoken.toml", include_str!("../data/spoken.toml")),
    ("transcripts.toml", include_str!("../data/transcripts.toml")),
    ("regressions.toml", include_str!("../data/regressions.toml")),
    ("adversarial.toml", include_str!("../data/adversarial.toml")),
    ("adversarial2.toml", include_str!("../data/adversarial2.toml")),
    ("adversarial3.toml", include_str!("../data/adversarial3.toml")),
    ("side_by_side.toml", include_str!("../data/side_by_side.toml")),
    ("fail_closed.toml", include_str!("../data/fail_closed.toml")),
];

/// All occurrences of `needle` in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<Range<usize>> {
    assert!(!needle.is_empty(), "empty text in a case");
    text.match_indices(needle).map(|(i, m)| i..i + m.len()).collect()
}

fn strings(v: &Value) -> Vec<&str> {
    match v {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => {
            a.iter().map(|x| x.as_str().expect("a string")).collect()
        }
        _ => panic!("expected a string or a list of strings, got {v:?}"),
    }
}

/// Runs every case of one file; returns a description of each failure.
fn run_file(file: &str, source: &str) -> (usize, Vec<String>) {
    let doc = Value::Table(
        toml::from_str(source).unwrap_or_else(|e| panic!("{file}: {e}")),
    );
    let cases =
        doc.get("case").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut failures = Vec::new();
    let policy = Policy::default();
    for case in &cases {
        let name = case["name"].as_str().expect("name");
        let text = case["text"].as_str().expect("text");
        let mut golds = Vec::new();
        for e in
            case.get("expect").and_then(Value::as_array).into_iter().flatten()
        {
            let table = e.as_table().expect("expect entries are tables");
            for (kind, parts) in table {
                let kind: Kind =
                    kind.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
                let mut spans = Vec::new();
                for p in strings(parts) {
                    let found = occurrences(text, p);
                    assert!(
                        !found.is_empty(),
                        "{file}/{name}: {p:?} is not in the text"
                    );
                    spans.extend(found);
                }
                golds.push(Gold {
                    kind: Some(kind),
                    spans,
                    variant: name.to_string(),
                });
            }
        }
        for p in case.get("ignore").map(strings).unwrap_or_default() {
            let spans = occurrences(text, p);
            assert!(
                !spans.is_empty(),
                "{file}/{name}: {p:?} is not in the text"
            );
            golds.push(Gold { kind: None, spans, variant: "ignore".into() });
        }
        let keep: Vec<Range<usize>> = case
            .get("keep")
            .map(strings)
            .unwrap_or_default()
            .into_iter()
            .flat_map(|p| {
                let o = occurrences(text, p);
                assert!(
                    !o.is_empty(),
                    "{file}/{name}: keep {p:?} is not in the text"
                );
                o
            })
            .collect();

        let findings = scan(text, &policy);
        let v = judge(text, &golds, &findings);
        let mut why = Vec::new();
        for (g, (caught, right)) in
            golds.iter().zip(v.caught.iter().zip(&v.right_kind))
        {
            let texts: Vec<&str> =
                g.spans.iter().map(|s| &text[s.clone()]).collect();
            if !caught {
                why.push(format!(
                    "missed {:?} {texts:?}",
                    g.kind.map(|k| k.name())
                ));
            } else if !right {
                why.push(format!(
                    "wrong kind for {:?} {texts:?}",
                    g.kind.map(|k| k.name())
                ));
            }
        }
        for fp in &v.false_positives {
            why.push(format!("false positive {:?}", &text[fp.clone()]));
        }
        if v.over > 0 && v.false_positives.is_empty() {
            why.push(format!("{} characters over-redacted", v.over));
        }
        for k in &keep {
            let touched = findings
                .iter()
                .flat_map(|f| f.parts())
                .any(|p| p.start < k.end && k.start < p.end);
            if touched {
                why.push(format!("touched keep {:?}", &text[k.clone()]));
            }
        }
        if !why.is_empty() {
            let reasons: Vec<String> = findings
                .iter()
                .map(|f| format!("{}: {}", f.kind(), f.reason()))
                .collect();
            failures.push(format!(
                "{file}/{name}: {}\n    redacted: {:?}\n    reasons: {:?}",
                why.join("; "),
                redact(text, &findings, policy.style),
                reasons
            ));
        }
    }
    (cases.len(), failures)
}

fn check(file: &str) {
    let (_, source) = FILES.iter().find(|(f, _)| *f == file).expect("listed");
    let (n, failures) = run_file(file, source);
    assert!(n > 0, "{file} has no cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn cards() {
    check("cards.toml");
}

#[test]
fn ssn() {
    check("ssn.toml");
}

#[test]
fn cvv_expiry() {
    check("cvv_expiry.toml");
}

#[test]
fn negatives() {
    check("negatives.toml");
}

#[test]
fn spoken() {
    check("spoken.toml");
}

#[test]
fn transcripts() {
    check("transcripts.toml");
}

#[test]
fn adversarial() {
    check("adversarial.toml");
}

#[test]
fn adversarial2() {
    check("adversarial2.toml");
}

#[test]
fn adversarial3() {
    check("adversarial3.toml");
}

#[test]
fn side_by_side() {
    check("side_by_side.toml");
}

#[test]
fn fail_closed() {
    check("fail_closed.toml");
}

#[test]
fn regressions() {
    check("regressions.toml");
}

#[test]
fn every_case_file_is_listed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/data")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> =
        FILES.iter().map(|(f, _)| f.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}
