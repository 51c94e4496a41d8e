//! Unit tests of the detectors, one behaviour per line.

use super::scan;
use crate::finding::Kind;
use crate::policy::Policy;

/// Returns (kind, text of each part) for each finding.
fn found(text: &str) -> Vec<(Kind, Vec<&str>)> {
    scan(text, &Policy::default())
        .iter()
        .map(|f| {
            (f.kind(), f.parts().iter().map(|p| &text[p.range()]).collect())
        })
        .collect()
}

macro_rules! finds {
    ($name:ident, $text:expr, [$(($kind:ident, $($part:expr),+)),* $(,)?]) => {
        #[test]
        fn $name() {
            let expected: Vec<(Kind, Vec<&str>)> =
                vec![$((Kind::$kind, vec![$($part),+])),*];
            assert_eq!(found($text), expected, "{:?}", $text);
        }
    };
}

finds!(
    card_spaces,
    "pay 4111 1111 1111 1111 now",
    [(Card, "4111 1111 1111 1111")]
);
finds!(card_contiguous, "cc 4111111111111111.", [(Card, "4111111111111111")]);
finds!(card_luhn_bad, "order 4111111111111112", []);
finds!(card_amex, "amex 3782-822463-10005 ok", [(Card, "3782-822463-10005")]);
finds!(
    card_and_cvv,
    "4111 1111 1111 1111 123",
    [(Card, "4111 1111 1111 1111"), (Cvv, "123")]
);
finds!(card_in_tracking, "USPS 9400 1111 1111 1111 1111 22", []);
finds!(
    card_quoted_break,
    "> card 3001\n> 341442 5295.",
    [(Card, "3001\n> 341442 5295")]
);
finds!(ssn_dashed, "SSN 123-13-7435", [(Ssn, "123-13-7435")]);
finds!(ssn_bare_context, "social: 803529593", [(Ssn, "803529593")]);
finds!(ssn_bare_no_context, "member 803529593", []);
finds!(ssn_invalid, "sku 666-15-4377", []);
finds!(ssn_in_longer_run, "Serial 30851-537-80-0793-52", []);
finds!(
    expiry_label,
    "card 4111 1111 1111 1111 exp 09/27",
    [(Card, "4111 1111 1111 1111"), (Expiry, "09/27")]
);
finds!(expiry_month_name, "exp February 2030", [(Expiry, "February 2030")]);
finds!(expiry_apostrophe, "exp May '28", [(Expiry, "May '28")]);
finds!(
    date_is_not_expiry,
    "card 4111 1111 1111 1111 on 12/04/1951",
    [(Card, "4111 1111 1111 1111")]
);
finds!(cvv_label, "cvv 610", [(Cvv, "610")]);
finds!(cvv2_label, "CVV2 956", [(Cvv, "956")]);
finds!(phone, "call 818-833-3003 or (818) 833-3003", []);
finds!(
    spoken_card,
    "Agent: card number?\nCustomer: four one one one one one one one one one one one one one one one\nAgent: ok",
    [(
        Card,
        "four one one one one one one one one one one one one one one one"
    )]
);
finds!(
    spoken_expiry,
    "Agent: And when does it expire?\nCustomer: oh nine twenty seven\nAgent: ok",
    [(Expiry, "oh nine twenty seven")]
);
finds!(
    spoken_cvv,
    "Agent: The three digit code on the back?\nCustomer: six twenty\nAgent: ok",
    [(Cvv, "six twenty")]
);
finds!(
    two_turns,
    "Agent: card number?\nCustomer: four one one one, one one one one\nAgent: uh huh\nCustomer: one one one one one one one one\nAgent: ok",
    [(
        Card,
        "four one one one, one one one one",
        "one one one one one one one one"
    )]
);

/// The free runs, found in one walk, are the runs cut at every taken unit.
#[test]
fn free_runs_are_the_runs_cut_at_taken_units() {
    use super::Doc;
    let texts = [
        "pay 4111 1111 1111 1111 now, order 12345 and 555-0134",
        "Agent: the card?\nCaller: four one one one\nAgent: ok\n\
         Caller: 1111 1111 1111 exp 09/27 cvv 123\n\nssn 123 45 6789",
        "1 2 3 4 5 6 7 8 9 10, 11. 12\n13\n\n14 fifteen 16",
    ];
    for text in texts {
        let mut doc = Doc::new(text);
        let n = doc.units.units.len();
        assert!(n > 4, "{text:?}");
        for pattern in 0..64u32 {
            for i in 0..n {
                let t = (pattern >> (i % 6) & 1 == 1).then_some(Kind::Card);
                doc.taken.set(i, t);
            }
            let mut want = Vec::new();
            for run in doc.units.runs() {
                let mut start = run.start;
                for i in run.clone() {
                    if doc.taken[i].is_some() {
                        if start < i {
                            want.push(start..i);
                        }
                        start = i + 1;
                    }
                }
                if start < run.end {
                    want.push(start..run.end);
                }
            }
            assert_eq!(*doc.free_runs(), want, "{text:?} {pattern}");
            // Kept, and read again while nothing is taken or freed.
            assert_eq!(*doc.free_runs(), want, "{text:?} {pattern}");
            // The room asked for changes nothing but the room.
            assert_eq!(doc.free_runs_walk(0), want, "{text:?} {pattern}");
            assert_eq!(doc.free_runs_walk(n), want, "{text:?} {pattern}");
        }
    }
}

/// The lines found in the index of line breaks (built once a line too
/// long is met) are the lines a walk over the tokens finds.
#[test]
fn lines_from_the_index_are_the_lines_walked() {
    use super::Doc;
    let long = "1 2, ".repeat(120);
    let texts = [
        format!("card\n{long}\nexp 09/27\n\ncvv 123\n{long}"),
        format!("{long}\n\nAgent: the date?\nCaller: 0927"),
        format!("a\n\n\nb c\n{long}{long}"),
    ];
    for text in &texts {
        let indexed = Doc::new(text);
        let n = indexed.tokens.len();
        // Each walked in a document of its own, where no index was built.
        let want: Vec<_> = (0..=n)
            .map(|k| {
                let walked = Doc::new(text);
                assert!(walked.line_breaks.get().is_none(), "{text:?}");
                walked.line_of(k)
            })
            .collect();
        let _ = indexed.line_breaks.set(
            (0..n)
                .filter(|&k| indexed.tokens[k].tok == super::Tok::Newline)
                .map(|k| k as u32)
                .collect(),
        );
        let got: Vec<_> = (0..=n).map(|k| indexed.line_of(k)).collect();
        assert_eq!(got, want, "{text:?}");
        assert!(want.iter().any(Option::is_some), "{text:?}");
        assert!(want.iter().any(Option::is_none), "{text:?}");
    }
}

#[test]
fn slips_of_the_tongue() {
    use super::slip;
    let card = b"3871365989845";
    // Exactly the start, at any length.
    assert!(slip(b"3", card));
    assert!(slip(b"3871", card));
    // One digit changed, two neighbours swapped, one dropped, one added.
    assert!(slip(b"3873", card));
    assert!(slip(b"8371", card));
    assert!(slip(b"381", card));
    assert!(slip(b"38711", card));
    // Two slips, or a slip in fewer than three digits, are another number.
    assert!(!slip(b"3773", card));
    assert!(!slip(b"8731", card));
    assert!(!slip(b"31", card));
    assert!(!slip(b"12238", b"4127920573790176"));
    // Longer than the number: never a panic, a slip only if it fits.
    assert!(slip(b"38713659898450", card));
    assert!(!slip(b"387136598984500", card));
}

/// A reason never holds the words it hides: a label glued to a number
/// word ("twentyCVC"), quoted in the reason of the code after it ("venty
/// twenty"), is left out of it (found by the fuzzer).
#[test]
fn a_reason_never_quotes_the_secret() {
    let text = "\u{2}speaker 1: what's the card number\nspeaker 2: ok its \
                thirty four sixty-two fifteen ninety twenty seven seventy \
                twentyCVC\nspeaker 1: let me read that venty twenty\n\
                sback 3462 1590 77020\n";
    for f in scan(text, &Policy::default()) {
        for p in f.parts() {
            let part = &text[p.range()];
            assert!(
                part.chars().count() < 4 || !f.reason().contains(part),
                "{:?} holds {part:?}",
                f.reason()
            );
        }
    }
    let quoted = scan(text, &Policy::default())
        .iter()
        .any(|f| f.reason() == "CVV: asked for its label; 2 digits heard, likely one lost by the recogniser");
    assert!(quoted, "the reason keeps all but the quoted label");
}

/// [`super::bytes::contains`] finds what `str::contains` finds, at the start, the end,
/// inside, across multi-byte characters, and never past the end.
#[test]
fn has_is_contains() {
    let hays =
        ["", "a", "Visa, 16 digits, Luhn ok", "ab\u{e9}cd", "aaab", "4111"];
    let needles =
        ["", "a", "16", "ok", "Visa", "\u{e9}c", "aab", "41111", "b", "x"];
    for hay in hays {
        for needle in needles {
            assert_eq!(
                super::bytes::contains(hay.as_bytes(), needle.as_bytes()),
                hay.contains(needle),
                "{hay:?} {needle:?}"
            );
        }
    }
}

/// A reason that holds the digits it hides is not shown: digits kept as
/// values (0-9) are compared as the ASCII digits the reason would hold.
#[test]
fn a_reason_never_holds_the_digits() {
    let parts = [crate::span::Span::new(0, 4)];
    let text = "x";
    let safe = |reason: &str, digits: &[u8]| {
        super::safe_reason(text, &parts, digits, reason.to_string())
    };
    assert_eq!(safe("after 1234 here", &[1, 2, 3, 4]), "found here");
    assert_eq!(safe("after '1234'", &[1, 2, 3, 4]), "after its label");
    assert_eq!(safe("after 1235", &[1, 2, 3, 4]), "after 1235");
    assert_eq!(safe("after 123", &[1, 2, 3]), "after 123");
    assert_eq!(safe("code 1o34", b"1o34"), "found here");
}
