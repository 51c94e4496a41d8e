//! Property tests of "validation confirms, context decides": a card number
//! with one digit changed, dropped or doubled (a recogniser's mishearing, an
//! agent's typo) fails the checksum, yet where the context says card (a
//! label, the agent's question, in a written note, a labelled transcript or
//! one without labels) it is hidden (all of it, or all but a digit or two
//! beside a valid card found inside it); the same number
//! under a question for an order, tracking or phone number is left alone.

use hush::validate::luhn;
use hush::{Kind, Policy, scan};
use proptest::prelude::*;

use crate::props::config;

/// A Luhn-valid 16-digit Visa or Mastercard, or a 15-digit Amex.
fn card() -> impl Strategy<Value = String> {
    (prop_oneof![Just("4"), Just("51"), Just("55"), Just("37")], any::<u64>())
        .prop_map(|(prefix, seed)| {
            let len = if prefix == "37" { 15 } else { 16 };
            let mut digits: Vec<u8> =
                prefix.bytes().map(|b| b - b'0').collect();
            let mut s = seed;
            while digits.len() < len - 1 {
                digits.push((s % 10) as u8);
                s = (s / 10) ^ s.rotate_left(17);
            }
            for check in 0..10 {
                let candidate: String = digits
                    .iter()
                    .chain([&check])
                    .map(|d| char::from(b'0' + d))
                    .collect();
                if luhn::is_valid(&candidate) {
                    return candidate;
                }
            }
            unreachable!("some check digit makes any number Luhn-valid")
        })
}

/// One digit changed (so that the checksum fails), dropped or doubled.
fn misheard() -> impl Strategy<Value = String> {
    (card(), 0usize..3, any::<prop::sample::Index>(), 1u8..10).prop_map(
        |(card, how, at, delta)| {
            let mut d: Vec<u8> = card.into_bytes();
            let i = at.index(d.len());
            match how {
                0 => d[i] = b'0' + (d[i] - b'0' + delta) % 10,
                1 => {
                    d.remove(i);
                }
                _ => d.insert(i, d[i]),
            }
            String::from_utf8(d).expect("digits")
        },
    )
}

const WORDS: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine",
];

/// The number as someone writes or says it: in one block, in groups of
/// four, or as number words.
fn render(digits: &str, how: usize) -> String {
    match how {
        0 => digits.to_owned(),
        1 => {
            let b = digits.as_bytes();
            b.chunks(4)
                .map(|c| std::str::from_utf8(c).expect("digits"))
                .collect::<Vec<_>>()
                .join(" ")
        }
        _ => digits
            .bytes()
            .map(|b| WORDS[usize::from(b - b'0')])
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The number in a context that says card: a note's label, a labelled
/// transcript, a transcript without labels. Returns the text and where the
/// number is.
fn in_card_context(
    number: &str,
    context: usize,
) -> (String, std::ops::Range<usize>) {
    let (before, after) = match context {
        0 => ("Called re billing. Card number: ", " per cust.\n"),
        1 => (
            "Agent: Can I have the card number please?\nCustomer: Sure, it's ",
            "\n",
        ),
        _ => (
            "ok whats the long number on the card\nyeah its ",
            "\nthank you\n",
        ),
    };
    let text = format!("{before}{number}{after}");
    (text, before.len()..before.len() + number.len())
}

/// The digits of `text[at]` (written, or number words) outside every
/// finding.
fn readable(text: &str, at: std::ops::Range<usize>) -> usize {
    let findings = scan(text, &Policy::default());
    let inside = |b: usize| {
        findings.iter().any(|f| f.parts().iter().any(|p| p.contains(b)))
    };
    let mut count = 0;
    let mut i = at.start;
    for word in text[at.clone()].split(' ') {
        if word.bytes().all(|b| b.is_ascii_digit()) {
            count += (i..i + word.len()).filter(|&b| !inside(b)).count();
        } else if !word.is_empty() && !inside(i) {
            count += 1;
        }
        i += word.len() + 1;
    }
    count
}

/// True if some 12 to 19 digits of `digits` in a row are a valid card.
fn has_valid_window(digits: &str) -> bool {
    (0..digits.len()).any(|i| {
        (i + 12..=digits.len().min(i + 19)).any(|j| {
            hush::validate::brand::of(&digits[i..j]).is_some()
                && luhn::is_valid(&digits[i..j])
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { max_global_rejects: 1 << 20, ..config(300) })]

    #[test]
    fn a_misheard_card_in_card_context_is_hidden(
        digits in misheard(),
        how in 0usize..3,
        context in 0usize..3,
    ) {
        prop_assume!(!luhn::is_valid(&digits));
        let (text, at) = in_card_context(&render(&digits, how), context);
        // All of it, or all but a digit or two beside a valid card found
        // inside it ("[4246 6675 3838 6840] 0"): never more than the four
        // that PCI DSS lets a receipt show.
        let left = readable(&text, at);
        prop_assert!(left <= 2, "{} digits readable in {:?}", left, text);
    }

    #[test]
    fn a_misheard_card_under_another_question_is_left_alone(
        digits in misheard(),
        how in 0usize..3,
        what in prop_oneof![Just("order number"), Just("tracking number"), Just("phone number")],
    ) {
        // A card-valid window inside stays a card, wherever it is.
        prop_assume!(!has_valid_window(&digits));
        let text = format!(
            "Agent: Can I have the {what} please?\nCustomer: Sure, it's {}\n",
            render(&digits, how)
        );
        let findings = scan(&text, &Policy::default());
        prop_assert!(
            findings.iter().all(|f| f.kind() != Kind::Card),
            "{:?}: {:?}", text, findings.iter().map(|f| f.reason()).collect::<Vec<_>>()
        );
    }
}
