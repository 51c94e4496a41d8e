//! Tests of the view: when it is made, its text, and the map back.

use super::*;

/// The view's text of `text`, or `None` when the text is read as it is.
fn virt(text: &str) -> Option<String> {
    View::of(text).map(|v| v.text)
}

/// The original text of each span that `needle` (found in the view's
/// text) maps to.
fn back<'t>(text: &'t str, needle: &str) -> Vec<&'t str> {
    let v = View::of(text).expect("a view");
    let at = v.text.find(needle).expect("needle in the view");
    let mut out = Vec::new();
    v.map(Span::new(at, at + needle.len()), &mut out);
    out.iter().map(|s| &text[s.range()]).collect()
}

#[test]
fn plain_ascii_and_latin1_text_is_read_as_it_is() {
    assert_eq!(virt("card 4111 1111 1111 1111"), None);
    assert_eq!(virt("café crème, 4111 — “quoted” ½"), None);
    assert_eq!(virt(""), None);
    // Not JSON after all: read as it is.
    assert_eq!(virt("{\"speaker\": \"agent\", \"text\": \"hi\""), None);
    assert_eq!(virt("[1, 2"), None);
}

#[test]
fn digits_of_other_scripts_are_read_as_ascii() {
    assert_eq!(virt("card ٤١١١-١١١١").as_deref(), Some("card 4111-1111"));
    assert_eq!(virt("４１１１ １１１１").as_deref(), Some("4111 1111"));
    assert_eq!(virt("४१११ & ๔๑๑๑ & 𝟒𝟏").as_deref(), Some("4111 & 4111 & 41"));
    // Other numbers are not digits.
    assert_eq!(virt("① ½ Ⅻ ٤"), Some("① ½ Ⅻ 4".to_string()));
}

#[test]
fn a_digit_maps_back_to_its_whole_character() {
    let text = "card ٤١١١-١١١١ ok";
    assert_eq!(back(text, "4111-1111"), ["٤١١١-١١١١"]);
    assert_eq!(back(text, "11-1"), ["١١-١"]);
    assert_eq!(back(text, "1"), ["١"]);
    assert_eq!(back("ｘ４２ｙ", "4"), ["４"]);
}

#[test]
fn synthetic_text_maps_to_nothing() {
    let mut b = Builder::default();
    b.copy(0, "four");
    b.synth(" ");
    b.copy(20, "one");
    b.synth("\nAgent: ");
    b.copy(40, "two");
    let v = b.finish();
    assert_eq!(v.text, "four one\nAgent: two");
    let mut out = Vec::new();
    v.map(Span::new(0, v.text.len()), &mut out);
    assert_eq!(out, [Span::new(0, 4), Span::new(20, 23), Span::new(40, 43)]);
    out.clear();
    v.map(Span::new(4, 5), &mut out);
    assert_eq!(out, []);
    out.clear();
    v.map(Span::new(2, 7), &mut out);
    assert_eq!(out, [Span::new(2, 4), Span::new(20, 22)]);
}

#[test]
fn pieces_that_touch_in_the_original_merge() {
    let mut b = Builder::default();
    b.copy(0, "41");
    b.atom(Span::new(2, 8), '1');
    b.copy(8, "1");
    let v = b.finish();
    let mut out = Vec::new();
    v.map(Span::new(0, 4), &mut out);
    assert_eq!(out, [Span::new(0, 9)]);
}

#[test]
fn segments_merge_so_the_map_stays_small() {
    let text = "٤١١١ ١١١١ ١١١١ ١١١١";
    let v = View::of(text).unwrap();
    // Four runs of atoms and three spaces.
    assert_eq!(v.segs.len(), 7);
    let mut b = Builder::default();
    b.synth("a");
    b.synth("b");
    b.copy(0, "x");
    b.copy(1, "y");
    b.copy(5, "z");
    assert_eq!(b.segs.len(), 3);
}

#[test]
fn escapes_map_to_whole_sequences() {
    let text =
        r#"{"text": "card \u0034111 1111 \"1111\" 1111\n\u00e9t\u00e9"}"#;
    assert_eq!(
        virt(text).as_deref(),
        Some("card 4111 1111 \"1111\" 1111\nété\n\n")
    );
    assert_eq!(back(text, "4111"), [r"\u0034111"]);
    assert_eq!(back(text, "été"), [r"\u00e9t\u00e9"]);
    // An escaped quote or line break inside a span is part of it whole (a
    // redaction never cuts an escape sequence; the mask keeps it, see
    // `redact::mask_into`); at a span's edge, it is left out.
    assert_eq!(back(text, "1111 \"1111\" 1111"), [r#"1111 \"1111\" 1111"#]);
    assert_eq!(back(text, "1111\nét"), [r"1111\n\u00e9t"]);
    assert_eq!(back(text, "1111\n"), ["1111"]);
    // A surrogate pair is one character; a symbol is never in a part.
    let text = r#"["\ud835\udc00 \ud83d\ude00 \uFF14\uff11"]"#;
    assert_eq!(virt(text).as_deref(), Some("𝐀 😀 41\n\n"));
    assert_eq!(back(text, "𝐀"), [r"\ud835\udc00"]);
    assert_eq!(back(text, "😀"), Vec::<&str>::new());
    assert_eq!(back(text, "41"), [r"\uFF14\uff11"]);
}

#[test]
fn turns_become_speaker_lines() {
    let text = r#"{"Transcript": [
        {"ParticipantId": "AGENT", "Id": "f36a545d-67b2-4fd4-89fb-896136b609a7",
         "Content": "Card number?", "BeginOffsetMillis": 1200},
        {"ParticipantId": "CUSTOMER", "Content": "four one one one",
         "Sentiment": "NEUTRAL", "LoudnessScore": [67.2, 70.1]},
        {"ParticipantId": "e9b36a6d-12aa-4c21-9745-1881648ecfc8",
         "Content": "one one"}
    ]}"#;
    assert_eq!(
        virt(text).as_deref(),
        Some(
            "Agent: Card number?\nCustomer: four one one one\n\
             Speaker A: one one\n"
        )
    );
    assert_eq!(
        back(text, "one one one\nSpeaker A: one"),
        ["one one one", "one"]
    );
}

#[test]
fn speakers_are_inherited_by_nested_text() {
    // Deepgram paragraphs: the speaker is on the paragraph, the text on
    // its sentences.
    let text = r#"{"paragraphs": [
        {"sentences": [{"text": "Hello.", "start": 0.1}, {"text": "Card?"}],
         "speaker": 0, "num_words": 2},
        {"sentences": [{"text": "Four one."}], "speaker": 1}
    ]}"#;
    assert_eq!(
        virt(text).as_deref(),
        Some("Speaker A: Hello.\nSpeaker A: Card?\nSpeaker B: Four one.\n")
    );
    // A chat message with the sender as an object; the role in the name
    // gives the label.
    let text =
        r#"[{"from": {"id": "29:1", "name": "Dana (Agent)"}, "text": "hi"}]"#;
    assert_eq!(virt(text).as_deref(), Some("Agent: hi\n"));
}

#[test]
fn text_with_no_speaker_is_a_paragraph() {
    let text = r#"{"results": {"transcripts": [{"transcript": "Card? Four one."}]},
        "notes": "Customer will call back at 5 tomorrow about the refund"}"#;
    assert_eq!(
        virt(text).as_deref(),
        Some(
            "Card? Four one.\n\n\
             Customer will call back at 5 tomorrow about the refund\n\n"
        )
    );
}

#[test]
fn word_arrays_become_lines() {
    // AWS Transcribe items, punctuation attached.
    let text = r#"{"items": [
        {"id": 0, "type": "pronunciation", "start_time": "0.5",
         "alternatives": [{"confidence": "0.99", "content": "four"}]},
        {"id": 1, "type": "pronunciation", "alternatives": [{"content": "one"}]},
        {"id": 2, "type": "punctuation", "alternatives": [{"content": ","}]},
        {"id": 3, "type": "pronunciation", "alternatives": [{"content": "one"}]}
    ]}"#;
    assert_eq!(virt(text).as_deref(), Some("four one, one\n"));
    // Deepgram words with speakers: one line per change of speaker.
    let text = r#"{"words": [
        {"word": "card", "punctuated_word": "Card?", "speaker": 0, "start": 1.1},
        {"word": "four", "punctuated_word": "Four", "speaker": 1},
        {"word": "one", "punctuated_word": "one.", "speaker": 1}
    ]}"#;
    assert_eq!(
        virt(text).as_deref(),
        Some("Speaker A: Card?\nSpeaker B: Four one.\n\n")
    );
}

#[test]
fn a_duplicate_word_is_redacted_with_the_one_shown() {
    let text = r#"[{"word": "four", "punctuated_word": "Four,"},
                   {"word": "one", "punctuated_word": "one."}]"#;
    let v = View::of(text).unwrap();
    assert_eq!(v.text, "Four, one.\n");
    let mut parts = Vec::new();
    v.map(Span::new(0, 4), &mut parts);
    v.shadows_of(Span::new(0, 4), &mut parts);
    let got: Vec<&str> = parts.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(got, ["Four", "four"]);
    parts.clear();
    v.shadows_of(Span::new(5, 6), &mut parts);
    assert_eq!(parts, []);
}

#[test]
fn other_values_are_paragraphs_after_their_key() {
    let text = r#"{"card": {"cvv": "123", "expMonth": 9, "exp_year": 2027,
        "type": "visa", "status": "ok", "created": 1769904000123,
        "start_time": "12.07", "id": 77, "verified": true, "x": null}}"#;
    assert_eq!(
        virt(text).as_deref(),
        Some(
            "cvv = 123\n\nexp Month = 9\n\nexp year = 2027\n\n\
             created = 1769904000123\n\n"
        )
    );
    // A key that could itself be a secret is read too.
    let text = r#"{"4111111111111111": {"note": "x"}}"#;
    assert_eq!(virt(text).as_deref(), Some("4111111111111111\n\n"));
}

#[test]
fn several_values_one_after_another() {
    let text = "{\"speaker\": \"agent\", \"text\": \"Card?\"}\n\
                {\"speaker\": \"customer\", \"text\": \"４１１１\"}\n";
    assert_eq!(virt(text).as_deref(), Some("Agent: Card?\nCustomer: 4111\n"));
    assert_eq!(back(text, "4111"), ["４１１１"]);
}

#[test]
fn sections_are_apart() {
    let text = r#"{"utterances": [{"speaker": "A", "text": "Four one.",
        "words": [{"text": "Four", "speaker": "A"}, {"text": "one.", "speaker": "A"}]}],
        "text": "Four one.", "ssn": "123456789"}"#;
    assert_eq!(
        virt(text).as_deref(),
        Some(
            "Speaker A: Four one.\n\nSpeaker A: Four one.\n\n\
             Four one.\n\nssn = 123456789\n\n"
        )
    );
}

/// A draft with the given parts.
fn draft(parts: &[(usize, usize)]) -> Draft {
    Draft {
        kind: crate::finding::Kind::Card,
        parts: parts.iter().map(|&(a, b)| Span::new(a, b)).collect(),
        reason: String::new(),
        digits: Vec::new(),
        turn: 0,
        last_token: 0,
        brand: None,
        again_in: None,
    }
}

#[test]
fn drafts_map_back_sorted_and_never_share_a_byte() {
    let text = r#"[{"word": "four", "punctuated_word": "four"},
                   {"word": "one", "punctuated_word": "one"}]"#;
    let v = View::of(text).unwrap();
    assert_eq!(v.text, "four one\n");
    // Two drafts over the same word (as a shadow): the first keeps it.
    let mut drafts = vec![draft(&[(0, 8)]), draft(&[(0, 4)])];
    v.map_drafts(text, &mut drafts);
    assert_eq!(drafts.len(), 1);
    let got: Vec<&str> =
        drafts[0].parts.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(got, ["four", "four", "one", "one"]);
    // A draft over synthetic text only goes.
    let mut drafts = vec![draft(&[(4, 5)])];
    v.map_drafts(text, &mut drafts);
    assert!(drafts.is_empty());
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use proptest::prelude::*;

    use super::*;

    /// Checks that every span of the view's text maps onto sorted,
    /// non-empty spans on char boundaries of `text`.
    fn check_map(text: &str, cuts: &[(usize, usize)]) {
        let Some(v) = View::of(text) else { return };
        let bounds: Vec<usize> = v
            .text
            .char_indices()
            .map(|(i, _)| i)
            .chain([v.text.len()])
            .collect();
        for &(a, b) in cuts {
            let (a, b) = (bounds[a % bounds.len()], bounds[b % bounds.len()]);
            let (a, b) = (a.min(b), a.max(b));
            let mut out = Vec::new();
            v.map(Span::new(a, b), &mut out);
            v.shadows_of(Span::new(a, b), &mut out);
            for s in &out {
                assert!(!s.is_empty() && s.end <= text.len());
                assert!(text.is_char_boundary(s.start), "{s:?} in {text:?}");
                assert!(text.is_char_boundary(s.end), "{s:?} in {text:?}");
            }
        }
        let mut drafts = vec![draft(&[(0, v.text.len())])];
        v.map_drafts(text, &mut drafts);
        for d in &drafts {
            assert!(d.parts.windows(2).all(|w| w[0].end < w[1].start));
            assert!(d.parts.iter().all(|p| !p.is_empty()));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn any_text_maps_onto_char_boundaries(
            text in "\\PC{0,60}",
            cuts in proptest::collection::vec((0usize..200, 0usize..200), 4),
        ) {
            check_map(&text, &cuts);
        }

        #[test]
        fn json_like_text_maps_onto_char_boundaries(
            text in "[\\[\\]{}\",: a-z0-9\\\\u٤４é😀\n_-]{0,80}",
            cuts in proptest::collection::vec((0usize..200, 0usize..200), 4),
        ) {
            check_map(&text, &cuts);
            let wrapped = format!("[\"{}\"]", text.replace('"', "\\\""));
            check_map(&wrapped, &cuts);
        }

        #[test]
        fn escapes_map_onto_char_boundaries(
            parts in proptest::collection::vec(prop_oneof![
                Just("\\u0034".to_string()),
                Just("\\uFF14".to_string()),
                Just("\\ud83d\\ude00".to_string()),
                Just("\\ud83d".to_string()),
                Just("\\n".to_string()),
                Just("\\\"".to_string()),
                "[a-z0-9 ٤é]{1,4}",
            ], 0..12),
            key in "[a-zA-Z_]{1,10}",
            cuts in proptest::collection::vec((0usize..200, 0usize..200), 4),
        ) {
            let s = parts.concat();
            let text = format!(
                "{{\"speaker\": \"a\", \"text\": \"{s}\", \"{key}\": \"{s}\"}}"
            );
            check_map(&text, &cuts);
        }
    }
}

/// The parts the detector finds reading `text` as it is, with no view.
fn plain_parts(text: &str) -> Vec<Span> {
    crate::detect::detect(text).into_iter().flat_map(|d| d.parts).collect()
}

/// JSON-lines transcripts, which the layout stage also reads line by line.
const JSON_LINES: &[&str] = &[
    include_str!("../../../tests/data/json.toml"),
    include_str!("../../../tests/data/transcripts.toml"),
    include_str!("../../../tests/data/cards.toml"),
    include_str!("../../../tests/data/ssn.toml"),
    include_str!("../../../tests/data/negatives.toml"),
];

#[test]
fn json_lines_find_at_least_what_the_layout_found() {
    let mut texts: Vec<String> = vec![
        "{\"role\": \"agent\", \"content\": \"Card number?\"}\n\
         {\"role\": \"customer\", \"content\": \"four one one one, one one one one\"}\n\
         {\"role\": \"agent\", \"content\": \"uh huh\"}\n\
         {\"role\": \"customer\", \"content\": \"one one one one, one one one one\"}\n\
         {\"role\": \"agent\", \"content\": \"and the code?\"}\n\
         {\"role\": \"customer\", \"content\": \"three two one\"}\n"
            .to_string(),
        "{\"speaker_label\": \"spk_0\", \"start\": 1.5, \"transcript\": \"social security number?\"}\n\
         {\"speaker_label\": \"spk_1\", \"start\": 3.5, \"transcript\": \"five three six, nine oh\"}\n\
         {\"speaker_label\": \"spk_0\", \"start\": 5.0, \"transcript\": \"okay\"}\n\
         {\"speaker_label\": \"spk_1\", \"start\": 6.0, \"transcript\": \"four three nine nine\"}\n"
            .to_string(),
    ];
    for file in JSON_LINES {
        let doc: toml::Table = toml::from_str(file).unwrap();
        for case in doc["case"].as_array().unwrap() {
            let text = case["text"].as_str().unwrap();
            // JSON lines: several values, one a line.
            let Some(tape) = json::parse(text) else { continue };
            let mut roots = 0;
            let mut k = 0;
            while k < tape.len() {
                roots += 1;
                k = tape[k].next as usize;
            }
            if roots >= 2 && roots == text.trim().lines().count() {
                texts.push(text.to_string());
            }
        }
    }
    assert!(texts.len() >= 4, "{}", texts.len());
    for text in &texts {
        let plain = plain_parts(text);
        let found =
            crate::detect::scan(text, &crate::policy::Policy::default());
        let covered = |b: usize| {
            found.iter().flat_map(|f| f.parts()).any(|p| p.contains(b))
        };
        for p in plain {
            for (i, c) in text[p.range()].char_indices() {
                // Every digit and letter found before is found by the view
                // too.
                if c.is_alphanumeric() {
                    assert!(
                        covered(p.start + i),
                        "{:?} no longer covered in {text}",
                        &text[p.range()]
                    );
                }
            }
        }
    }
}

#[test]
fn a_whole_transcript_that_repeats_the_turns_mirrors_them() {
    let text = r#"{"text": "Card? Four one. Thanks",
        "utterances": [{"speaker": "A", "text": "Card?"},
                       {"speaker": "B", "text": "Four one."},
                       {"speaker": "A", "text": "Thanks"}],
        "summary": "Card? Four one. Thanks, and more words here"}"#;
    let v = View::of(text).unwrap();
    let pairs: Vec<(&str, usize)> =
        v.mirrors.iter().map(|&(s, d)| (&text[s.range()], d.start)).collect();
    let copy = text.find("Card? Four").unwrap();
    // Each turn is found in the whole text, in order; the summary has more
    // words than the turns, so it is read on its own.
    assert_eq!(pairs.len(), 3);
    let mut got: Vec<(&str, usize)> = pairs;
    got.sort_by_key(|p| p.1);
    assert_eq!(
        got,
        [("Card?", copy), ("Four one.", copy + 6), ("Thanks", copy + 16)]
    );
    // A finding in a turn is redacted in the copy at the same offsets.
    let at = v.text.find("Four one").unwrap();
    let mut drafts = vec![draft(&[(at, at + 8)])];
    v.map_drafts(text, &mut drafts);
    let parts: Vec<&str> =
        drafts[0].parts.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(parts, ["Four one", "Four one"]);
    assert_eq!(drafts[0].parts[0].start, copy + 6);
}

#[test]
fn a_paragraph_with_other_words_is_no_copy() {
    let text = r#"{"transcript": "Card? Four one, uh, two",
        "turns": [{"speaker": "A", "text": "Card?"},
                  {"speaker": "B", "text": "Four one, two"}]}"#;
    let v = View::of(text).unwrap();
    assert!(v.mirrors.is_empty());
}

#[test]
fn what_is_read_otherwise() {
    assert_eq!(normal('٤', ' ', ' '), Some('4'));
    assert_eq!(normal('Ｃ', ' ', ' '), Some('C'));
    assert_eq!(normal('ｖ', ' ', ' '), Some('v'));
    assert_eq!(normal('Ｚ', ' ', ' '), Some('Z'));
    assert_eq!(normal('ｚ', ' ', ' '), Some('z'));
    assert_eq!(normal('／', ' ', ' '), Some('/'));
    assert_eq!(normal('؍', ' ', ' '), Some('/'));
    assert_eq!(normal('٫', ' ', ' '), Some('.'));
    assert_eq!(normal('٬', ' ', ' '), Some(','));
    assert_eq!(normal('،', ' ', ' '), Some(','));
    assert_eq!(normal('\u{200f}', ' ', ' '), Some('\u{200b}'));
    assert_eq!(normal('\u{061c}', ' ', ' '), Some('\u{200b}'));
    // A long vowel mark is a dash only between digits.
    assert_eq!(normal('ー', '４', '６'), Some('-'));
    assert_eq!(normal('ー', '4', '٦'), Some('-'));
    assert_eq!(normal('ー', 'カ', 'ド'), None);
    assert_eq!(normal('ー', '4', 'ド'), None);
    assert_eq!(normal('：', ' ', ' '), Some(':'));
    assert_eq!(normal('（', ' ', ' '), Some('('));
    assert_eq!(normal('）', ' ', ' '), Some(')'));
    for c in ['a', '4', '-', 'é', '½', '①', '、', 'カ'] {
        assert_eq!(normal(c, '1', '1'), None, "{c}");
    }
    assert_eq!(
        virt(
            "ＣＶＶ：７３９、有効期限 １２／２９, ５４４６ー６３９８ ラーメン"
        )
        .as_deref(),
        Some("CVV:739、有効期限 12/29, 5446-6398 ラーメン")
    );
    let text = "رقم ٤١١١\u{200f} ١١١١";
    assert_eq!(virt(text).as_deref(), Some("رقم 4111\u{200b} 1111"));
    // A mark between the groups of a number is in its part.
    assert_eq!(back(text, "4111\u{200b} 1111"), ["٤١١١\u{200f} ١١١١"]);
}

/// `changes` decodes only the characters from U+0600 on: it says what
/// reading every character with its neighbours says.
#[test]
fn changes_is_every_character_read_with_its_neighbours() {
    let whole = |text: &str| {
        let cs: Vec<char> = text.chars().collect();
        let at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        (0..cs.len()).any(|k| {
            let prev = k.checked_sub(1).map_or(' ', |j| cs[j]);
            let next = cs.get(k + 1).copied().unwrap_or(' ');
            let rest: String = cs[k..].iter().collect();
            normal(cs[k], prev, next).is_some()
                || joins_digits(text, at[k])
                || markup::reference(rest.as_bytes()).is_some()
                || markup::tag(rest.as_bytes()).is_some()
        })
    };
    let pieces = [
        "1", "a", " ", "é", "—", "’", "\u{30fc}", "٤", "４", "\u{200f}",
        "\u{060c}", "ラ", "ש", "\u{ff21}", "x", "\u{200d}", "&", "#47;", "<",
        "br>", ";",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..20_000 {
        let mut text = String::new();
        for _ in 0..(state % 6) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        assert_eq!(changes(&text), whole(&text), "{text:?}");
    }
}

#[test]
fn the_byte_test_sees_every_character_that_changes() {
    for c in (0x80..=0x10ffffu32).filter_map(char::from_u32) {
        if normal(c, '1', '1').is_some() {
            let text = c.to_string();
            assert!(
                next_special(text.as_bytes(), 0, false).is_some(),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }
    // Latin-1 and the other two-byte scripts below U+061C pass.
    let latin = "héllo wörld ½ ¾ 4111 ÿ ß שלום";
    assert_eq!(next_special(latin.as_bytes(), 0, false), None);
}

#[test]
fn the_conversation_the_texts_and_the_fields_are_pages_apart() {
    let text = r#"{"transcript": "Card? Four one.", "conversation_start": 1740870008238,
        "turns": [{"speaker": "A", "text": "Card?", "startTimeMs": 1740870009592},
                  {"speaker": "B", "text": "Four one."}]}"#;
    let v = View::of(text).unwrap();
    let pages: Vec<&str> =
        v.pages.windows(2).map(|p| &v.text[p[0]..p[1]]).collect();
    assert_eq!(
        pages,
        [
            "Speaker A: Card?\nSpeaker B: Four one.\n",
            "\nCard? Four one.\n\n",
            "conversation start = 1740870008238\n\n\
             start Time Ms = 1740870009592\n\n",
        ]
    );
    // Without a view, one page: the text itself.
    let v = View::of("card ٤١١١").unwrap();
    assert_eq!(v.pages, [0, v.text.len()]);
}

#[test]
fn words_with_no_speaker_mirror_the_same_words_with_speakers() {
    // Google Speech-to-Text: a result's words, then all words with tags.
    let text = r#"{"results": [
        {"alternatives": [{"words": [{"word": "four"}, {"word": "one"}]}]},
        {"alternatives": [{"words": [{"word": "card", "speakerTag": 1},
            {"word": "four", "speakerTag": 2}, {"word": "one", "speakerTag": 2}]}]}
    ]}"#;
    let v = View::of(text).unwrap();
    assert_eq!(v.text, "four one\n\nSpeaker A: card\nSpeaker B: four one\n\n");
    let at = v.text.find("Speaker B: ").unwrap() + 11;
    let mut drafts = vec![draft(&[(at, at + 8)])];
    v.map_drafts(text, &mut drafts);
    let parts: Vec<&str> =
        drafts[0].parts.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(parts, ["four", "one", "four", "one"]);
    assert!(drafts[0].parts[0].start < text.find("card").unwrap());
}

/// `next_special` finds what a byte-by-byte search finds, at every start,
/// in ASCII, Latin-1, Arabic-Indic, Devanagari and HTML text of every
/// length, and `=` in quoted-printable text.
#[test]
fn the_next_special_byte_is_found_eight_bytes_at_a_time() {
    let pieces = [
        "a", "1", " ", "é", "٤", "४", "\u{200b}", "abcdefgh", "\n", "&", "<",
        ">", ";", "&nbsp;", "<p>", "=", "=3D",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3_000 {
        let mut text = String::new();
        for _ in 0..(state % 24) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        state = state.wrapping_add(1);
        let bytes = text.as_bytes();
        for (from, qp) in
            (0..=bytes.len() + 1).flat_map(|f| [(f, false), (f, true)])
        {
            let want = bytes
                .iter()
                .enumerate()
                .skip(from)
                .find(|(_, b)| {
                    **b >= 0xd8
                        || **b == b'&'
                        || **b == b'<'
                        || (qp && **b == b'=')
                })
                .map(|(i, _)| i);
            assert_eq!(
                next_special(bytes, from, qp),
                want,
                "{text:?} {from} {qp}"
            );
        }
    }
}

#[test]
fn html_references_and_bare_tags_are_read_as_a_browser_shows_them() {
    assert_eq!(
        virt("<td>Card&nbsp;Number:</td><td>4166&nbsp;5153</td>").as_deref(),
        Some("\tCard\u{a0}Number:\u{200b}\t4166\u{a0}5153\u{200b}")
    );
    assert_eq!(
        virt("pls: 2367 1083</p><p>02&#47;2026</p><p>211</p>").as_deref(),
        Some("pls: 2367 1083\u{200b}\n02/2026\u{200b}\n211\u{200b}")
    );
    // A digit written as a reference is a digit, and maps back whole.
    assert_eq!(virt("4&#49;11").as_deref(), Some("4111"));
    assert_eq!(back("4&#49;11", "4111"), ["4&#49;11"]);
    // A space or a slash written as a reference is in a part only with
    // something on both sides.
    assert_eq!(back("12&#47;29", "12/29"), ["12&#47;29"]);
    assert_eq!(back("12&#47;29", "12/"), ["12"]);
    assert_eq!(back("a&nbsp;&nbsp;b", "a\u{a0}\u{a0}b"), ["a&nbsp;&nbsp;b"]);
    assert_eq!(back("a&nbsp;&nbsp;b", "\u{a0}\u{a0}b"), ["&nbsp;b"]);
    // Tags with attributes, other angle brackets and ampersands stay.
    assert_eq!(virt("AT&T <john@example.com> a < b & c"), None);
    assert_eq!(
        virt("<a href=\"?pan=4111111111111111\">pay</a>").as_deref(),
        Some("<a href=\"?pan=4111111111111111\">pay\u{200b}")
    );
}

#[test]
fn a_zero_width_character_between_digits_shows_nothing() {
    assert_eq!(virt("09/28 4\u{200d}99").as_deref(), Some("09/28 499"));
    assert_eq!(back("4\u{200d}99", "499"), ["4\u{200d}99"]);
    assert_eq!(virt("4\u{200b}４").as_deref(), Some("44"));
    assert_eq!(
        virt("1\u{200b}2\u{2060}3\u{feff}4 5").as_deref(),
        Some("1234 5")
    );
    // Between words or a digit and a word, it is a space, as it was; in a
    // longer run of digits too, where a card may start at any of them.
    assert_eq!(virt("card\u{200b}number 4\u{200b}x"), None);
    assert_eq!(virt("4020\u{200b}9847\u{200b}6005"), None);
    assert_eq!(virt("1\u{200b}2\u{200b}3\u{200b}4\u{200b}5"), None);
    // A long run of zero-width characters after the group is not walked
    // to its end: the group counts as long.
    let run = format!("1\u{200b}2{}3", "\u{200b}".repeat(100));
    assert_eq!(virt(&run), None);
}

/// `count_after` reads ASCII digits and the zero-width characters by their
/// bytes: it counts what `count` counts of the characters from there on,
/// at every character of texts of digits of several scripts, zero-width
/// characters and what stops a group.
#[test]
fn counting_by_bytes_is_counting_by_characters() {
    let pieces = [
        "1", "7", "٤", "４", "\u{200b}", "\u{200c}", "\u{200d}", "\u{2060}",
        "\u{feff}", "\u{ad}", "a", " ", "—", "\u{2061}", "\u{200e}",
        "\u{ff0d}", "\u{2028}", "é",
    ];
    // Long runs of zero-width characters, where the count stops at the
    // characters read, not the digits.
    let zw = "\u{200b}\u{2060}\u{feff}".repeat(8);
    for text in [format!("1{zw}1"), format!("{zw}٤{zw}"), format!("12{zw}")] {
        for (from, _) in text.char_indices() {
            for most in 0..=MAX_JOINED + 1 {
                assert_eq!(
                    count_after(&text, from, most),
                    count(text[from..].chars(), most),
                    "{text:?} {from} {most}"
                );
            }
        }
    }
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..20_000 {
        let mut text = String::new();
        for _ in 0..(state % 24) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        state = state.wrapping_add(0x2545_F491_4F6C_DD1D);
        for (from, _) in text.char_indices() {
            for most in 0..=MAX_JOINED + 1 {
                assert_eq!(
                    count_after(&text, from, most),
                    count(text[from..].chars(), most),
                    "{text:?} {from} {most}"
                );
            }
        }
    }
}

#[test]
fn rev_ai_elements_are_words_and_their_punctuation_no_part() {
    let text = r#"{"monologues": [
        {"speaker": 0, "elements": [
            {"type": "text", "value": "Card", "ts": 1.0, "end_ts": 1.2},
            {"type": "punct", "value": "?"}]},
        {"speaker": 1, "elements": [
            {"type": "text", "value": "four", "ts": 2.0, "end_ts": 2.2},
            {"type": "punct", "value": ","},
            {"type": "punct", "value": " "},
            {"type": "text", "value": "one", "ts": 2.4, "end_ts": 2.6}]}]}"#;
    let v = View::of(text).unwrap();
    let at = v.text.find("four").expect("the words are read");
    let end = v.text.find("one").unwrap() + 3;
    let mut drafts = vec![draft(&[(at, end)])];
    v.map_drafts(text, &mut drafts);
    let parts: Vec<&str> =
        drafts[0].parts.iter().map(|s| &text[s.range()]).collect();
    assert_eq!(parts, ["four", "one"]);
}
