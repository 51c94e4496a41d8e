//! Tests of the web app's state, run natively by `cargo test`.
//!
//! The cases follow the web app issue: what a person does, what the page
//! then holds. Finding positions come from the real core.

use super::*;
use crate::ui::file::FileError;

const NOTE: &str = "Caller verified. Card 4111 1111 1111 1111 exp 09/27 \
                    cvv 123.\nSSN 123-13-7435 on file.";

fn edit(state: &State, text: &str) -> State {
    reduce(state, Action::Edit(text.to_owned()))
}

fn typed(text: &str) -> State {
    edit(&State::default(), text)
}

fn kind_index(state: &State, kind: Kind) -> usize {
    state
        .findings()
        .iter()
        .position(|f| f.kind() == kind)
        .unwrap_or_else(|| panic!("no {kind} found"))
}

fn toggle(state: &State, i: usize) -> State {
    let id = state.id(i).expect("finding index in range");
    reduce(state, Action::ToggleKept(id))
}

fn is_kept(state: &State, i: usize) -> bool {
    state.id(i).is_some_and(|id| state.is_kept(id))
}

/// The text the highlighted view shows, built from its segments.
fn shown(state: &State) -> String {
    let text = state.text();
    state
        .output()
        .segments
        .iter()
        .map(|seg| match seg {
            Segment::Plain(r) | Segment::Kept { range: r, .. } => {
                text[r.clone()].to_owned()
            }
            Segment::Redacted { text, .. } => text.clone(),
            Segment::Unmarked => state.output().text.clone(),
        })
        .collect()
}

#[test]
fn empty_page_shows_nothing() {
    let s = State::default();
    assert_eq!(s.output().text, "");
    assert_eq!(s.summary_line(), "");
    assert_eq!(s.policy(), Policy::default());
}

#[test]
fn typing_redacts_live() {
    let s = typed(NOTE);
    assert_eq!(
        s.output().text,
        "Caller verified. Card [CARD] exp [EXPIRY] cvv [CVV].\nSSN [SSN] \
         on file."
    );
    assert_eq!(
        s.summary_line(),
        "1 card number, 1 SSN, 1 CVV, 1 expiry date redacted"
    );
}

#[test]
fn same_output_as_the_cli_in_every_style() {
    for style in Style::ALL {
        let s = reduce(&typed(NOTE), Action::SetStyle(style));
        let policy = Policy { style, ..Policy::default() };
        let want = redact(NOTE, &scan(NOTE, &policy), style);
        assert_eq!(s.output().text, want, "{style}");
    }
}

#[test]
fn highlighted_view_adds_up_to_the_output_in_every_style() {
    let text = "a 4111 1111 1111 1111, b 5555 5555 5555 4444, again \
                4111-1111-1111-1111; SSN 123-13-7435 caf\u{e9}";
    let mut s = typed(text);
    assert!(s.findings().len() >= 3);
    for style in Style::ALL {
        s = reduce(&s, Action::SetStyle(style));
        assert!(!s.output().segments.contains(&Segment::Unmarked), "{style}");
        assert_eq!(shown(&s), s.output().text, "{style}");
        // With a finding kept, numbering and the view still agree.
        let k = toggle(&s, 0);
        assert!(!k.output().segments.contains(&Segment::Unmarked), "{style}");
        assert_eq!(shown(&k), k.output().text, "{style}");
    }
}

#[test]
fn clicking_a_finding_keeps_it_and_clicking_again_redacts_it() {
    let s = typed(NOTE);
    let card = kind_index(&s, Kind::Card);
    let kept = toggle(&s, card);
    assert!(is_kept(&kept, card));
    assert!(kept.output().text.contains("4111 1111 1111 1111"));
    assert!(kept.output().text.contains("[SSN]"));
    assert!(kept.summary_line().ends_with("redacted \u{b7} 1 kept visible"));
    assert!(kept.summary_line().starts_with("1 SSN, 1 CVV"));
    let again = toggle(&kept, card);
    assert!(!is_kept(&again, card));
    assert_eq!(again.output().text, s.output().text);
}

#[test]
fn a_kept_finding_stays_kept_while_typing_elsewhere() {
    let s = typed(NOTE);
    let card = kind_index(&s, Kind::Card);
    let kept = toggle(&s, card);
    let more = edit(&kept, &format!("Note: {NOTE} Thanks."));
    let card = kind_index(&more, Kind::Card);
    assert!(is_kept(&more, card));
    assert!(more.output().text.contains("4111 1111 1111 1111"));
}

#[test]
fn a_kept_finding_is_forgotten_once_it_leaves_the_text() {
    let s = typed(NOTE);
    let kept = toggle(&s, kind_index(&s, Kind::Card));
    let gone = edit(&kept, "Caller verified.");
    let back = edit(&gone, NOTE);
    assert_eq!(back.output().text, s.output().text);
}

#[test]
fn turning_a_kind_off_leaves_it_visible() {
    let s = reduce(&typed(NOTE), Action::SetKind(Kind::Ssn, false));
    assert!(s.output().text.contains("123-13-7435"));
    assert!(s.output().text.contains("[CARD]"));
    assert!(!s.policy().kinds.contains(Kind::Ssn));
    let on = reduce(&s, Action::SetKind(Kind::Ssn, true));
    assert!(on.output().text.contains("[SSN]"));
}

#[test]
fn mask_keeps_the_length() {
    let s = reduce(&typed(NOTE), Action::SetStyle(Style::Mask));
    assert_eq!(s.output().text.chars().count(), NOTE.chars().count());
    assert!(s.output().text.contains("**** **** **** ****"));
}

#[test]
fn opening_a_text_file_replaces_the_input() {
    let s = toggle(&typed(NOTE), 0);
    let s = reduce(
        &s,
        Action::Load {
            name: "notes.txt".into(),
            bytes: b"SSN 123-13-7435\r\n".to_vec(),
        },
    );
    assert_eq!(&**s.text(), "SSN 123-13-7435\n");
    assert_eq!(s.output().text, "SSN [SSN]\n");
    assert_eq!(s.notice(), Some(&Notice::Loaded { name: "notes.txt".into() }));
    assert_eq!(s.output().kept, 0);
}

#[test]
fn a_binary_file_leaves_the_input_unchanged() {
    let s = typed(NOTE);
    let after = reduce(
        &s,
        Action::Load {
            name: "x.png".into(),
            bytes: b"\x89PNG\r\n\0".to_vec(),
        },
    );
    assert_eq!(after.text(), s.text());
    assert_eq!(after.output(), s.output());
    let notice = after.notice().expect("a message");
    assert!(notice.is_problem());
    assert_eq!(
        notice.to_string(),
        "Could not open x.png: it is not a text file. Your text is unchanged."
    );
}

#[test]
fn a_large_file_is_refused_by_name() {
    let s = reduce(
        &typed(NOTE),
        Action::Reject { name: "big.log".into(), why: FileError::TooLarge },
    );
    assert_eq!(&**s.text(), NOTE);
    assert!(s.notice().is_some_and(Notice::is_problem));
}

#[test]
fn clear_empties_everything() {
    let s = reduce(&toggle(&typed(NOTE), 0), Action::Clear);
    assert_eq!(&**s.text(), "");
    assert_eq!(s.output().text, "");
    assert!(s.findings().is_empty());
    assert_eq!(s.notice(), Some(&Notice::Cleared));
    // The settings survive a clear.
    let s = reduce(&reduce(&s, Action::SetStyle(Style::Mask)), Action::Clear);
    assert_eq!(s.policy().style, Style::Mask);
}

#[test]
fn typing_hides_the_last_message() {
    let s = reduce(&typed(NOTE), Action::Notify(Notice::Copied));
    assert_eq!(s.notice(), Some(&Notice::Copied));
    assert_eq!(edit(&s, "x").notice(), None);
    assert_eq!(reduce(&s, Action::Dismiss).notice(), None);
}

#[test]
fn settings_round_trip() {
    for style in Style::ALL {
        for bits in 0..16u8 {
            let kinds: KindSet = Kind::ALL
                .into_iter()
                .enumerate()
                .filter(|(i, _)| bits & (1 << i) != 0)
                .map(|(_, k)| k)
                .collect();
            let p = Policy { kinds, style, ..Policy::default() };
            assert_eq!(decode_settings(&encode_settings(&p)), p);
        }
    }
    assert_eq!(
        encode_settings(&Policy::default()),
        "kinds=card,ssn,cvv,expiry;style=label"
    );
}

#[test]
fn damaged_settings_fall_back_to_defaults() {
    assert_eq!(decode_settings(""), Policy::default());
    assert_eq!(decode_settings("garbage"), Policy::default());
    assert_eq!(
        decode_settings("kinds=card,bogus;style=mask"),
        Policy { style: Style::Mask, ..Policy::default() }
    );
    assert_eq!(
        decode_settings("kinds=ssn;style=??"),
        Policy {
            kinds: KindSet::EMPTY.with(Kind::Ssn),
            style: Style::Label,
            ..Policy::default()
        }
    );
}
