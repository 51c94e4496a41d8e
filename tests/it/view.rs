//! The view (stage 0) from outside: redacted JSON exports stay valid JSON
//! with every other value unchanged, a card read over turns in any export
//! shape is hidden, and any text gives parts on char boundaries.

use hush::{Policy, Style, redact, scan};
use proptest::prelude::*;
use serde_json::Value;

/// Parses `text` as one or more JSON values one after another.
fn values(text: &str) -> Option<Vec<Value>> {
    serde_json::Deserializer::from_str(text)
        .into_iter::<Value>()
        .collect::<Result<Vec<_>, _>>()
        .ok()
}

/// The tags a redacted string may hold.
const TAGS: [&str; 4] = ["[CARD", "[SSN", "[CVV", "[EXPIRY"];

/// Compares an original JSON value with its redacted form: the same shape,
/// keys, numbers and literals, and strings equal unless redacted. Returns
/// the number of strings that changed, or a description of the first
/// difference that a redaction cannot explain.
fn compare(
    a: &Value,
    b: &Value,
    style: Style,
    path: &str,
) -> Result<usize, String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let kx: Vec<&String> = x.keys().collect();
            let ky: Vec<&String> = y.keys().collect();
            if kx != ky {
                return Err(format!("{path}: keys {kx:?} became {ky:?}"));
            }
            let mut n = 0;
            for (k, v) in x {
                n += compare(v, &y[k], style, &format!("{path}.{k}"))?;
            }
            Ok(n)
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            let mut n = 0;
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                n += compare(p, q, style, &format!("{path}[{i}]"))?;
            }
            Ok(n)
        }
        (Value::String(x), Value::String(y)) => {
            if x == y {
                return Ok(0);
            }
            let explained = match style {
                // Stars, and everything else kept as it was, in order.
                Style::Mask => {
                    let mut rest = x.chars();
                    y.contains('*')
                        && y.chars()
                            .filter(|&c| c != '*')
                            .all(|c| rest.any(|d| d == c))
                }
                _ => TAGS.iter().any(|t| y.contains(t)),
            };
            if explained {
                Ok(1)
            } else {
                Err(format!("{path}: {x:?} became {y:?}"))
            }
        }
        _ if a == b => Ok(0),
        _ => Err(format!("{path}: {a} became {b}")),
    }
}

/// Redacts `text` in `style` and checks the result against the original:
/// returns the number of strings changed.
fn check_json(text: &str, style: Style) -> Result<usize, String> {
    let before = values(text).ok_or("the original is not JSON")?;
    let policy = Policy { style, ..Policy::default() };
    let out = redact(text, &scan(text, &policy), style);
    let after = values(&out)
        .ok_or_else(|| format!("not JSON after redaction:\n{out}"))?;
    if before.len() != after.len() {
        return Err("a different number of values".into());
    }
    let mut n = 0;
    for (a, b) in before.iter().zip(&after) {
        n += compare(a, b, style, "")?;
    }
    Ok(n)
}

#[test]
fn redacted_json_exports_stay_json_with_other_values_unchanged() {
    let doc: toml::Table =
        toml::from_str(include_str!("../data/json.toml")).expect("json.toml");
    let cases = doc["case"].as_array().expect("cases");
    let mut checked = 0;
    for case in cases {
        let name = case["name"].as_str().expect("name");
        let text = case["text"].as_str().expect("text");
        if values(text).is_none() {
            // The cases of malformed JSON, read as plain text.
            continue;
        }
        let expected = case.get("expect").is_some();
        for style in Style::ALL {
            match check_json(text, style) {
                Ok(n) => assert!(
                    n > 0 || !expected,
                    "{name} ({style}): nothing was redacted"
                ),
                Err(e) => panic!("{name} ({style}): {e}"),
            }
        }
        checked += 1;
    }
    assert!(checked >= 12, "{checked}");
}

#[test]
fn a_number_value_is_hidden_even_though_the_json_breaks() {
    // Fail closed: a tag is not a JSON value, but the secret is gone.
    let text = r#"{"card": {"number": 4111111111111111, "cvv": 123}}"#;
    let out = redact(text, &scan(text, &Policy::default()), Style::Label);
    assert_eq!(out, r#"{"card": {"number": [CARD], "cvv": [CVV]}}"#);
}

const DIGIT_WORDS: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine",
];

/// A Luhn-valid 16-digit Visa number from 14 free digits.
fn visa(free: &[u8]) -> Vec<u8> {
    let mut d = vec![4u8];
    d.extend(free.iter().map(|x| x % 10));
    // The check digit makes the Luhn sum a multiple of 10.
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = u32::from(x);
            if i % 2 == 0 {
                let y = 2 * x;
                if y > 9 { y - 9 } else { y }
            } else {
                x
            }
        })
        .sum();
    d.push(((10 - sum % 10) % 10) as u8);
    d
}

/// The shapes of export: how a turn is written.
#[derive(Clone, Copy, Debug)]
enum Shape {
    ContactLens,
    AssemblyAi,
    JsonLines,
    Chat,
    Chatbot,
}

fn turn(shape: Shape, i: usize, agent: bool, text: &str, extra: u32) -> Value {
    let t = serde_json::json!(text);
    match shape {
        Shape::ContactLens => serde_json::json!({
            "BeginOffsetMillis": 1000 * i as u64 + u64::from(extra),
            "Content": t,
            "EndOffsetMillis": 1000 * i as u64 + 900,
            "Id": format!("8f3a1c2e-4b5d-4e6f-9a7b-{:012x}", extra as u64 * 7919 + i as u64),
            "ParticipantId": if agent { "AGENT" } else { "CUSTOMER" },
            "Sentiment": "NEUTRAL",
            "LoudnessScore": [70.5, f64::from(extra % 90)],
        }),
        Shape::AssemblyAi => serde_json::json!({
            "confidence": 0.93,
            "end": 1000 * i + 800,
            "speaker": if agent { "A" } else { "B" },
            "start": 1000 * i,
            "text": t,
        }),
        Shape::JsonLines => serde_json::json!({
            "t": i as f64 * 3.5,
            "speaker": if agent { "agent" } else { "customer" },
            "text": t,
        }),
        Shape::Chat => serde_json::json!({
            "from": {"id": if agent { "agt-17" } else { "cus-9" }, "name": if agent { "Riley" } else { "Pat" }},
            "timestamp": format!("2024-06-09T12:{:02}:{:02}Z", i % 60, extra % 60),
            "body": t,
        }),
        Shape::Chatbot => serde_json::json!({
            "role": if agent { "assistant" } else { "user" },
            "content": t,
        }),
    }
}

fn document(shape: Shape, turns: Vec<Value>, pretty: bool) -> String {
    let dump = |v: &Value| {
        if pretty {
            serde_json::to_string_pretty(v).expect("json")
        } else {
            serde_json::to_string(v).expect("json")
        }
    };
    match shape {
        Shape::JsonLines => turns
            .iter()
            .map(|t| serde_json::to_string(t).expect("json") + "\n")
            .collect(),
        Shape::ContactLens => dump(&serde_json::json!({
            "Version": "1.1.0",
            "Channel": "VOICE",
            "Participants": [{"ParticipantId": "AGENT", "ParticipantRole": "AGENT"}],
            "Transcript": turns,
        })),
        Shape::AssemblyAi => dump(&serde_json::json!({
            "id": "6rlr37h9ll-2a4f-4cbb-9d9c-0aa6b1f5a0b2",
            "status": "completed",
            "utterances": turns,
            "audio_duration": 31,
        })),
        Shape::Chat => dump(&serde_json::json!({
            "conversation_id": "CHT-0412",
            "messages": turns,
        })),
        Shape::Chatbot => dump(&serde_json::json!({
            "model": "support-bot-2",
            "messages": turns,
        })),
    }
}

fn shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        Just(Shape::ContactLens),
        Just(Shape::AssemblyAi),
        Just(Shape::JsonLines),
        Just(Shape::Chat),
        Just(Shape::Chatbot),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// A valid card read out in digit words over two to four customer
    /// turns, with acknowledgements between, in any export shape, compact
    /// or pretty: the card is hidden and the output is the same JSON with
    /// only the reading's strings changed.
    #[test]
    fn a_card_read_over_turns_in_json_is_hidden(
        free in proptest::collection::vec(0u8..10, 14),
        cuts in prop_oneof![Just(vec![8]), Just(vec![4, 12]), Just(vec![4, 8, 12]), Just(vec![8, 12])],
        shape in shape(),
        pretty in any::<bool>(),
        oh in any::<bool>(),
        ack in prop_oneof![Just("uh huh"), Just("okay"), Just("mhm"), Just("go on")],
        extra in 0u32..100_000,
    ) {
        let card = visa(&free);
        let word = |d: u8| {
            if d == 0 && oh { "oh" } else { DIGIT_WORDS[usize::from(d)] }
        };
        let mut bounds = vec![0];
        bounds.extend(&cuts);
        bounds.push(16);
        let mut turns = vec![turn(shape, 0, true, "Thanks for calling. What's the card number?", extra)];
        let mut readings = Vec::new();
        for (k, w) in bounds.windows(2).enumerate() {
            let groups: Vec<String> = card[w[0]..w[1]]
                .chunks(4)
                .map(|g| g.iter().map(|&d| word(d)).collect::<Vec<_>>().join(" "))
                .collect();
            let text = groups.join(", ");
            readings.push(text.clone());
            if k > 0 {
                turns.push(turn(shape, turns.len(), true, ack, extra));
            }
            turns.push(turn(shape, turns.len(), false, &text, extra));
        }
        turns.push(turn(shape, turns.len(), true, "Thank you, that's all set. Anything else today?", extra));
        let text = document(shape, turns, pretty);
        let findings = scan(&text, &Policy::default());
        let hidden: usize = findings.iter().map(|f| f.parts().len()).sum();
        prop_assert!(hidden > 0, "nothing found in {text}");
        for r in &readings {
            for at in text.match_indices(r.as_str()).map(|(i, _)| i) {
                let covered = findings.iter().flat_map(|f| f.parts()).any(|p| {
                    p.start <= at && at + r.len() <= p.end
                });
                prop_assert!(covered, "{r:?} left in {text}");
            }
        }
        for style in Style::ALL {
            let changed = check_json(&text, style);
            prop_assert!(changed.is_ok(), "{style}: {changed:?}\n{text}");
            prop_assert_eq!(changed.ok(), Some(readings.len()), "{}", style);
        }
    }

    /// Whatever the text, JSON-like or not, scanning never panics and
    /// every part is non-empty and on char boundaries.
    #[test]
    fn parts_are_on_char_boundaries_of_any_json_like_text(
        text in "[\\[\\]{}\",: a-z0-9\\\\u٤४４é😀\n_-]{0,120}",
    ) {
        for text in [text.clone(), format!("[\"{}\"]", text.replace('"', "\\\""))] {
            for f in scan(&text, &Policy::default()) {
                for p in f.parts() {
                    prop_assert!(!p.is_empty() && p.end <= text.len());
                    prop_assert!(text.is_char_boundary(p.start));
                    prop_assert!(text.is_char_boundary(p.end));
                }
                prop_assert!(f.parts().windows(2).all(|w| w[0].end < w[1].start));
            }
        }
    }
}
