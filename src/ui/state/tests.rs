//! Tests of the web app's state, run natively by `cargo test`.
//!
//! The cases follow the web app issues: what a person does, what the page
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
    let text = &state.output().source;
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

/// A policy read from `hush.toml` text.
fn rules(toml: &str) -> Rc<Rules> {
    Rc::new(Rules::new(Policy::from_toml(toml).expect("a valid policy")))
}

/// A policy with `kinds` on, `locked` locked, and the style locked or not.
fn locked_rules(kinds: &str, locked: &str, style: bool) -> Rc<Rules> {
    let style_lock = if style { ", \"style\"" } else { "" };
    let locked = if locked.is_empty() {
        style_lock.trim_start_matches(", ").to_owned()
    } else {
        format!("{locked}{style_lock}")
    };
    rules(&format!(
        "name = \"Contoso\"\nversion = \"3\"\nkinds = [{kinds}]\n\
         locked = [{locked}]\n"
    ))
}

/// A page under `rules`, with its default settings, and `text` typed.
fn typed_under(rules: &Rc<Rules>, text: &str) -> State {
    edit(&State::new(rules.clone(), rules.defaults()), text)
}

/// Redacts the first occurrence of `what` in the input by hand.
fn redact_in_input(state: &State, what: &str) -> State {
    let at = state.text().find(what).expect("in the text");
    reduce(
        state,
        Action::RedactSelection(Selected::Input(at..at + what.len())),
    )
}

/// Redacts the first occurrence of `what` in the output by hand.
fn redact_in_output(state: &State, what: &str) -> State {
    let at = state.output().text.find(what).expect("in the output");
    let sel =
        Selected::Output { rev: state.rev(), range: at..at + what.len() };
    reduce(state, Action::RedactSelection(sel))
}

const MEMBER_POLICY: &str = r#"
name = "Acme"
version = "2025-03"
message = "Never write card numbers in notes."
locked = ["card", "style"]

[[pattern]]
name = "member_id"
label = "MEMBER-ID"
regex = '\bMBR-\d{8}\b'
noun = "member ID"
plural = "member IDs"

[allow]
exact = ["MBR-00000000"]
"#;

#[test]
fn empty_page_shows_nothing() {
    let s = State::default();
    assert_eq!(s.output().text, "");
    assert_eq!(s.summary_line(), "");
    assert_eq!(s.settings(), Settings::default());
    assert_eq!(s.can_undo(), None);
    assert_eq!(s.can_redo(), None);
    assert_eq!(s.rules().title(), "Built-in defaults");
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
    // Typing is the text area's own undo, not the page's.
    assert_eq!(s.can_undo(), None);
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
fn keeping_a_finding_shows_it_and_toggling_again_redacts_it() {
    let s = typed(NOTE);
    let card = kind_index(&s, Kind::Card);
    let kept = toggle(&s, card);
    assert!(is_kept(&kept, card));
    assert_eq!(kept.current(), kept.id(card));
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
fn toggling_an_unknown_finding_does_nothing() {
    let s = typed(NOTE);
    let other = typed("SSN 123-13-7435");
    let id = other.id(0).expect("an SSN");
    let card_only = typed("card 4111 1111 1111 1111");
    let after = reduce(&card_only, Action::ToggleKept(id));
    assert_eq!(after.output(), card_only.output());
    assert_eq!(after.can_undo(), None);
    assert_eq!(reduce(&s, Action::ToggleKept(id)).output().kept, 1);
}

#[test]
fn turning_a_kind_off_leaves_it_visible_and_says_so() {
    let s = reduce(&typed(NOTE), Action::SetKind(Kind::Ssn, false));
    assert!(s.output().text.contains("123-13-7435"));
    assert!(s.output().text.contains("[CARD]"));
    assert!(!s.settings().kinds.contains(Kind::Ssn));
    assert_eq!(
        s.summary_line(),
        "1 card number, 1 CVV, 1 expiry date redacted \u{b7} SSNs are not \
         being redacted"
    );
    let on = reduce(&s, Action::SetKind(Kind::Ssn, true));
    assert!(on.output().text.contains("[SSN]"));
    assert!(!on.summary_line().contains("not being"));
}

#[test]
fn kinds_off_are_named_every_time_even_on_an_empty_page() {
    let mut s = State::default();
    s = reduce(&s, Action::SetKind(Kind::Cvv, false));
    assert_eq!(s.summary_line(), "CVVs are not being redacted");
    s = reduce(&s, Action::SetKind(Kind::Expiry, false));
    assert_eq!(
        s.summary_line(),
        "CVVs and expiry dates are not being redacted"
    );
    s = reduce(&s, Action::SetKind(Kind::Card, false));
    assert_eq!(
        s.off_line().as_deref(),
        Some("Card numbers, CVVs and expiry dates are not being redacted")
    );
    s = reduce(&s, Action::SetKind(Kind::Ssn, false));
    s = edit(&s, "SSN 123-13-7435");
    assert_eq!(
        s.summary_line(),
        "nothing to redact \u{b7} Nothing is being looked for: every kind \
         is off"
    );
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
    assert_eq!(s.current(), None);
}

#[test]
fn opening_a_file_can_be_undone_and_redone() {
    let before = toggle(&typed(NOTE), 0);
    let opened = reduce(
        &before,
        Action::Load { name: "n.txt".into(), bytes: b"plain".to_vec() },
    );
    assert_eq!(
        opened.can_undo().map(ToString::to_string).as_deref(),
        Some("open n.txt")
    );
    // Nothing typed since: Ctrl+Z in the input undoes the open.
    assert!(opened.undo_from_input());
    let undone = reduce(&opened, Action::Undo);
    assert_eq!(undone.text(), before.text());
    assert_eq!(undone.output(), before.output());
    assert_eq!(undone.output().kept, 1);
    assert_eq!(
        undone.notice().map(ToString::to_string).as_deref(),
        Some("Undone: open n.txt.")
    );
    let redone = reduce(&undone, Action::Redo);
    assert_eq!(&**redone.text(), "plain");
    assert_eq!(redone.output().kept, 0);
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
    assert_eq!(after.can_undo(), None);
    let notice = after.notice().expect("a message");
    assert!(notice.is_problem());
    assert!(!notice.hides_by_itself());
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
fn clear_empties_everything_and_can_be_undone() {
    let before = toggle(&typed(NOTE), 0);
    let s = reduce(&before, Action::Clear);
    assert_eq!(&**s.text(), "");
    assert_eq!(s.output().text, "");
    assert!(s.findings().is_empty());
    assert_eq!(s.notice(), Some(&Notice::Cleared));
    assert!(s.undo_from_input());
    let undone = reduce(&s, Action::Undo);
    assert_eq!(undone.text(), before.text());
    assert_eq!(undone.output(), before.output());
    let redone = reduce(&undone, Action::Redo);
    assert_eq!(&**redone.text(), "");
    // The settings survive a clear.
    let s = reduce(&reduce(&s, Action::SetStyle(Style::Mask)), Action::Clear);
    assert_eq!(s.settings().style, Style::Mask);
    // Clearing an empty page records nothing.
    let empty = reduce(&State::default(), Action::Clear);
    assert_eq!(empty.can_undo(), None);
}

#[test]
fn typing_after_clear_keeps_ctrl_z_for_the_text_area() {
    let s = reduce(&typed(NOTE), Action::Clear);
    let s = edit(&s, "new note");
    assert!(!s.undo_from_input());
    // The page's undo (button) still puts the old note back, and redo
    // brings back what was typed since.
    let undone = reduce(&s, Action::Undo);
    assert_eq!(&**undone.text(), NOTE);
    assert_eq!(&**reduce(&undone, Action::Redo).text(), "new note");
}

#[test]
fn every_review_action_can_be_undone_and_redone() {
    let start = typed(NOTE);
    let card = kind_index(&start, Kind::Card);
    let steps = [
        Action::ToggleKept(start.id(card).unwrap()),
        Action::SetKind(Kind::Cvv, false),
        Action::SetStyle(Style::Numbered),
        Action::ToggleKept(start.id(card).unwrap()),
    ];
    let mut states = vec![start];
    for action in steps {
        let next = reduce(states.last().unwrap(), action);
        states.push(next);
    }
    let mut s = states.last().unwrap().clone();
    for want in states.iter().rev().skip(1) {
        s = reduce(&s, Action::Undo);
        assert_eq!(s.output().text, want.output().text);
        assert_eq!(s.settings(), want.settings());
    }
    assert_eq!(s.can_undo(), None);
    for want in states.iter().skip(1) {
        s = reduce(&s, Action::Redo);
        assert_eq!(s.output().text, want.output().text);
        assert_eq!(s.settings(), want.settings());
    }
    assert_eq!(s.can_redo(), None);
}

#[test]
fn undo_messages_say_what_was_undone() {
    let s = typed(NOTE);
    let card = kind_index(&s, Kind::Card);
    let s = toggle(&s, card);
    assert_eq!(
        s.can_undo().map(ToString::to_string).as_deref(),
        Some("keep a card number visible")
    );
    let s = reduce(&s, Action::Undo);
    assert_eq!(
        s.notice().map(ToString::to_string).as_deref(),
        Some("Undone: keep a card number visible.")
    );
    assert_eq!(
        reduce(&s, Action::Redo).notice().map(ToString::to_string).as_deref(),
        Some("Redone: keep a card number visible.")
    );
    let off = reduce(&s, Action::SetKind(Kind::Cvv, false));
    assert_eq!(
        off.can_undo().map(ToString::to_string).as_deref(),
        Some("turn CVVs off")
    );
    let mask = reduce(&s, Action::SetStyle(Style::Mask));
    assert_eq!(
        mask.can_undo().map(ToString::to_string).as_deref(),
        Some("switch to the mask style")
    );
}

#[test]
fn a_new_action_or_typing_forgets_what_could_be_redone() {
    let s = typed(NOTE);
    let undone = reduce(&toggle(&s, 0), Action::Undo);
    assert!(undone.can_redo().is_some());
    assert_eq!(toggle(&undone, 1).can_redo(), None);
    assert_eq!(edit(&undone, "x").can_redo(), None);
    // Undo with nothing to undo changes nothing.
    assert_eq!(reduce(&s, Action::Undo), s);
    assert_eq!(reduce(&s, Action::Redo), s);
}

#[test]
fn undoing_a_keep_after_typing_keeps_what_was_typed() {
    let s = toggle(&typed(NOTE), 0);
    let more = edit(&s, &format!("{NOTE} Thanks."));
    let undone = reduce(&more, Action::Undo);
    assert_eq!(&**undone.text(), format!("{NOTE} Thanks.").as_str());
    assert_eq!(undone.output().kept, 0);
}

#[test]
fn history_is_bounded() {
    let mut s = typed(NOTE);
    for _ in 0..(history::MAX_STEPS + 20) {
        s = toggle(&s, 0);
    }
    let mut undos = 0;
    while s.can_undo().is_some() {
        s = reduce(&s, Action::Undo);
        undos += 1;
    }
    assert_eq!(undos, history::MAX_STEPS);
}

#[test]
fn history_forgets_old_texts_beyond_its_byte_budget() {
    let big: Rc<str> = Rc::from("x".repeat(history::MAX_TEXT_BYTES / 3 + 1));
    let mut h = history::History::default();
    for _ in 0..5 {
        h.record(history::Snapshot {
            change: history::Change::Clear,
            text: Some(big.clone()),
            settings: Settings::default(),
            kept: BTreeSet::new(),
            hand: Rc::from(Vec::new()),
        });
    }
    // Two such texts fit in the budget, not three.
    assert_eq!(h.undo_len(), 2);
    // Entries without a text cost nothing against it.
    for _ in 0..10 {
        h.record(history::Snapshot {
            change: history::Change::RedactSelection,
            text: None,
            settings: Settings::default(),
            kept: BTreeSet::new(),
            hand: Rc::from(Vec::new()),
        });
    }
    assert_eq!(h.undo_len(), 12);
}

#[test]
fn locked_settings_cannot_be_changed() {
    let rules = locked_rules(
        "\"card\", \"ssn\", \"cvv\"",
        "\"card\", \"expiry\"",
        true,
    );
    let s = typed_under(&rules, NOTE);
    let after = reduce(&s, Action::SetKind(Kind::Card, false));
    assert_eq!(after.settings(), s.settings());
    assert_eq!(after.can_undo(), None);
    let after = reduce(&s, Action::SetKind(Kind::Expiry, true));
    assert!(!after.settings().kinds.contains(Kind::Expiry));
    assert_eq!(
        reduce(&s, Action::SetStyle(Style::Mask)).settings(),
        s.settings()
    );
    // A kind that is not locked can still be switched.
    let cvv_off = reduce(&s, Action::SetKind(Kind::Cvv, false));
    assert!(!cvv_off.settings().kinds.contains(Kind::Cvv));
    assert_eq!(s.rules().title(), "Contoso 3");
    assert_eq!(
        s.summary_line(),
        "1 card number, 1 SSN, 1 CVV redacted \u{b7} Expiry dates are not being redacted"
    );
}

#[test]
fn saved_settings_apply_only_where_the_policy_allows() {
    let rules = locked_rules("\"card\", \"cvv\"", "\"card\"", true);
    let saved = decode_settings("kinds=ssn;style=mask");
    let s = rules.settings_with(&saved);
    // Cards stay on (locked), the style stays (locked); the rest follow
    // what was saved.
    assert_eq!(s.kinds, KindSet::EMPTY.with(Kind::Card).with(Kind::Ssn));
    assert_eq!(s.style, Style::Label);
    let open = Rules::default().settings_with(&saved);
    assert_eq!(open.kinds, KindSet::EMPTY.with(Kind::Ssn));
    assert_eq!(open.style, Style::Mask);
    // A page started with settings the policy does not allow gets the
    // policy's.
    let page = State::new(
        rules.clone(),
        Settings { kinds: KindSet::EMPTY, style: Style::Mask },
    );
    assert_eq!(page.settings().kinds, KindSet::EMPTY.with(Kind::Card));
    assert_eq!(page.settings().style, Style::Label);
}

#[test]
fn a_policy_with_a_custom_pattern_redacts_it_like_the_cli() {
    let rules = rules(MEMBER_POLICY);
    let text = "Member MBR-20240117 (test MBR-00000000) paid with \
                4111 1111 1111 1111.";
    let s = typed_under(&rules, text);
    assert_eq!(
        s.output().text,
        "Member [MEMBER-ID] (test MBR-00000000) paid with [CARD]."
    );
    assert_eq!(s.summary_line(), "1 card number, 1 member ID redacted");
    for style in Style::ALL {
        let mut cli = rules.policy().clone();
        cli.locked.style = false;
        cli.style = style;
        let want = redact(text, &scan(text, &cli), style);
        let unlocked = {
            let mut p = rules.policy().clone();
            p.locked.style = false;
            Rc::new(Rules::new(p))
        };
        let page =
            reduce(&typed_under(&unlocked, text), Action::SetStyle(style));
        assert_eq!(page.output().text, want, "{style}");
        assert!(!page.output().segments.contains(&Segment::Unmarked));
        assert_eq!(shown(&page), page.output().text, "{style}");
    }
    let member = s.findings().iter().position(|f| f.kind() == Kind::Custom);
    let member = member.expect("a member ID");
    assert_eq!(
        review::preview(s.text(), &s.findings()[member]),
        "[MEMBER-ID] \u{2022}\u{2022}\u{2022}\u{2022}"
    );
    assert_eq!(
        s.rules().message(),
        Some("Never write card numbers in notes.")
    );
    assert_eq!(s.rules().pattern_plurals(), ["member IDs"]);
}

#[test]
fn with_custom_patterns_every_kind_off_still_redacts_them() {
    let rules = rules(MEMBER_POLICY);
    let mut s = typed_under(&rules, "MBR-20240117 ssn 123-13-7435");
    for kind in [Kind::Ssn, Kind::Cvv, Kind::Expiry] {
        s = reduce(&s, Action::SetKind(kind, false));
    }
    assert_eq!(s.output().text, "[MEMBER-ID] ssn 123-13-7435");
    assert!(s.off_line().unwrap().starts_with("SSNs, CVVs and expiry dates"));
}

// --- redacting a selection by hand ---

#[test]
fn a_selection_in_the_output_is_redacted_by_hand() {
    let s = typed("Member Jane Roe paid with 4111 1111 1111 1111.");
    let s = redact_in_output(&s, "Jane Roe");
    assert_eq!(s.output().text, "Member [REDACTED] paid with [CARD].");
    assert_eq!(
        s.summary_line(),
        "1 card number redacted; 1 selection redacted by hand"
    );
    let i = s.findings().iter().position(|f| f.kind() == Kind::Manual);
    let i = i.expect("a finding redacted by hand");
    assert!(s.is_by_hand(i));
    assert_eq!(s.findings()[i].reason(), "redacted by hand");
    assert_eq!(
        s.can_undo().map(ToString::to_string).as_deref(),
        Some("redact the selection")
    );
    let undone = reduce(&s, Action::Undo);
    assert_eq!(undone.output().text, "Member Jane Roe paid with [CARD].");
    let redone = reduce(&undone, Action::Redo);
    assert_eq!(redone.output().text, s.output().text);
}

#[test]
fn a_selection_in_the_input_is_redacted_by_hand() {
    let s = typed("Call back on MX-4471-22 tomorrow.");
    let s = redact_in_input(&s, "MX-4471-22");
    assert_eq!(s.output().text, "Call back on [REDACTED] tomorrow.");
    // White space around the selection is left out.
    let t = typed("Call back on  MX-4471-22  tomorrow.");
    let at = t.text().find("  MX").unwrap();
    let t = reduce(&t, Action::RedactSelection(Selected::Input(at..at + 14)));
    assert_eq!(t.output().text, "Call back on  [REDACTED]  tomorrow.");
}

#[test]
fn a_hand_redaction_survives_edits_and_matches_every_occurrence() {
    let s = typed("Jane Roe called. Card 4111 1111 1111 1111.");
    let s = redact_in_output(&s, "Jane Roe");
    let s =
        edit(&s, "Re: Jane Roe. Jane Roe called. Card 4111 1111 1111 1111.");
    assert_eq!(
        s.output().text,
        "Re: [REDACTED]. [REDACTED] called. Card [CARD]."
    );
    // Broken by an edit, then typed again: still redacted (the text is
    // remembered until Clear or Open file).
    let s = edit(&s, "Jane R called.");
    assert_eq!(s.output().text, "Jane R called.");
    let s = edit(&s, "Jane Roe called.");
    assert_eq!(s.output().text, "[REDACTED] called.");
    // Each occurrence can be kept visible on its own.
    let s = edit(&s, "Jane Roe and Jane Roe.");
    let kept = toggle(&s, 1);
    assert_eq!(kept.output().text, "[REDACTED] and Jane Roe.");
    // Clear forgets it.
    let cleared = edit(&reduce(&s, Action::Clear), "Jane Roe.");
    assert_eq!(cleared.output().text, "Jane Roe.");
}

#[test]
fn a_selection_across_a_detected_finding_keeps_the_finding_and_hides_the_rest()
{
    let s = typed("pay John 4111 1111 1111 1111 Smith now");
    let s = redact_in_output(&s, "John [CARD] Smith");
    assert_eq!(s.output().text, "pay [REDACTED] [CARD] [REDACTED] now");
    // The card is still the card (its kind, its reason).
    assert!(s.findings().iter().any(|f| f.kind() == Kind::Card));
    for style in Style::ALL {
        let t = reduce(&s, Action::SetStyle(style));
        assert!(!t.output().segments.contains(&Segment::Unmarked), "{style}");
        assert_eq!(shown(&t), t.output().text, "{style}");
        assert!(!t.output().text.contains("John"), "{style}");
        assert!(!t.output().text.contains("Smith"), "{style}");
    }
}

#[test]
fn the_same_text_twice_is_one_hand_redaction() {
    let s = typed("ref AB-12 and AB-12");
    let s = redact_in_input(&s, "AB-12");
    let before = s.can_undo().cloned();
    let again = redact_in_output(&s, "[REDACTED]");
    assert_eq!(again.notice(), Some(&Notice::AlreadyRedacted));
    assert_eq!(again.can_undo().cloned(), before);
    assert_eq!(s.output().text, "ref [REDACTED] and [REDACTED]");
}

#[test]
fn hand_redactions_are_bounded() {
    let words: Vec<String> =
        (0..review::MAX_HAND + 5).map(|i| format!("w{i:03}x")).collect();
    let mut s = typed(&words.join(" "));
    for w in &words {
        s = redact_in_input(&s, w);
    }
    let hidden =
        s.findings().iter().filter(|f| f.kind() == Kind::Manual).count();
    assert_eq!(hidden, review::MAX_HAND);
    // The oldest were forgotten first.
    assert!(s.output().text.starts_with("w000x w001x"));
}

#[test]
fn typing_hides_the_last_message() {
    let s = typed(NOTE);
    let s = reduce(&s, Action::Copied { rev: s.rev() });
    assert!(s.copied());
    assert_eq!(edit(&s, "x").notice(), None);
    assert_eq!(reduce(&s, Action::Dismiss).notice(), None);
}

#[test]
fn any_change_after_a_copy_clears_copied_at_once() {
    let s = typed(NOTE);
    let copied = reduce(&s, Action::Copied { rev: s.rev() });
    assert_eq!(copied.notice(), Some(&Notice::Copied { kept: 0 }));
    let changes = [
        Action::ToggleKept(s.id(0).unwrap()),
        Action::SetStyle(Style::Mask),
        Action::SetKind(Kind::Cvv, false),
        Action::Edit(format!("{NOTE}!")),
        Action::Clear,
    ];
    for change in changes {
        let after = reduce(&copied, change.clone());
        assert!(!after.copied(), "{change:?}");
    }
    // Choosing a finding changes nothing that was copied.
    assert!(reduce(&copied, Action::Select(s.id(1))).copied());
}

#[test]
fn a_copy_of_an_output_that_changed_meanwhile_is_reported() {
    let s = typed(NOTE);
    let old = s.rev();
    let s = toggle(&s, 0);
    let s = reduce(&s, Action::Copied { rev: old });
    assert_eq!(s.notice(), Some(&Notice::Stale));
    assert!(!s.copied());
}

#[test]
fn copying_with_findings_kept_asks_and_says_so() {
    let s = toggle(&typed(NOTE), 0);
    let asked = reduce(&s, Action::Ask(Export::Copy));
    let notice = asked.notice().unwrap();
    assert_eq!(
        notice.to_string(),
        "1 finding is kept visible and will be copied unredacted."
    );
    assert!(!notice.hides_by_itself());
    let s2 = toggle(&s, 1);
    let asked = reduce(&s2, Action::Ask(Export::Download));
    assert_eq!(
        asked.notice().unwrap().to_string(),
        "2 findings are kept visible and will be saved unredacted."
    );
    let copied = reduce(&asked, Action::Copied { rev: asked.rev() });
    assert_eq!(
        copied.notice().unwrap().to_string(),
        "Copied, with 2 findings kept visible (not redacted)."
    );
    // A change while the question is open withdraws it.
    assert_eq!(toggle(&asked, 1).notice(), None);
}

#[test]
fn the_copy_message_hides_by_itself_but_not_a_later_one() {
    let s = typed(NOTE);
    let copied = reduce(&s, Action::Copied { rev: s.rev() });
    let seq = copied.notice_seq();
    assert_eq!(reduce(&copied, Action::Expire(seq)).notice(), None);
    let denied = reduce(&copied, Action::CopyDenied);
    // The old timer does not hide the new message, and a problem does not
    // hide by itself at all.
    assert!(reduce(&denied, Action::Expire(seq)).notice().is_some());
    let seq = denied.notice_seq();
    assert!(reduce(&denied, Action::Expire(seq)).notice().is_some());
    let saved = reduce(&s, Action::Downloaded { rev: s.rev() });
    assert_eq!(
        saved.notice().unwrap().to_string(),
        "Saved the redacted text as redacted.txt."
    );
}

#[test]
fn a_paste_brings_the_first_finding_into_view() {
    let s = State::default();
    let pasted = reduce(&s, Action::Paste(NOTE.into()));
    assert_eq!(pasted.output(), typed(NOTE).output());
    assert_ne!(pasted.reveal(), s.reveal());
    // Next finding (F8) then goes to the first one.
    assert_eq!(pasted.current(), None);
    assert_eq!(pasted.neighbour(true), pasted.id(0));
    // Typing does not move the view.
    assert_eq!(edit(&pasted, "x").reveal(), pasted.reveal());
}

#[test]
fn next_and_previous_wrap_around() {
    let s = typed(NOTE);
    let n = s.findings().len();
    assert_eq!(n, 4);
    assert_eq!(s.neighbour(true), s.id(0));
    assert_eq!(s.neighbour(false), s.id(n - 1));
    let mut cur = s.clone();
    for i in 1..=n {
        cur = reduce(&cur, Action::Select(cur.neighbour(true)));
        assert_eq!(cur.current(), cur.id((i - 1) % n));
    }
    let first = reduce(&s, Action::Select(s.id(0)));
    assert_eq!(first.neighbour(false), s.id(n - 1));
    assert_eq!(first.neighbour(true), s.id(1));
    assert_eq!(State::default().neighbour(true), None);
}

#[test]
fn a_current_finding_that_left_the_text_is_none() {
    let s = typed(NOTE);
    let s = reduce(&s, Action::Select(s.id(3)));
    assert!(s.current().is_some());
    assert_eq!(edit(&s, "nothing").current(), None);
}

#[test]
fn redacting_with_nothing_selected_says_how() {
    let s = typed(NOTE);
    let after = reduce(&s, Action::RedactSelection(Selected::Nothing));
    assert_eq!(after.notice(), Some(&Notice::NothingSelected));
    let blank = reduce(&s, Action::RedactSelection(Selected::Input(16..17)));
    assert_eq!(blank.notice(), Some(&Notice::NothingSelected));
    assert_eq!(blank.output(), s.output());
}

#[test]
fn selecting_a_redaction_that_is_kept_redacts_it_again() {
    let s = typed(NOTE);
    let card = kind_index(&s, Kind::Card);
    let kept = toggle(&s, card);
    let at = NOTE.find("4111").unwrap();
    let sel = Selected::Input(at + 2..at + 7);
    let after = reduce(&kept, Action::RedactSelection(sel));
    assert_eq!(after.output().text, s.output().text);
    assert_eq!(
        after.can_undo().map(ToString::to_string).as_deref(),
        Some("redact the selection")
    );
    assert_eq!(reduce(&after, Action::Undo).output(), kept.output());
    // Selecting text that is already redacted changes nothing.
    let again =
        reduce(&after, Action::RedactSelection(Selected::Input(at..at + 4)));
    assert_eq!(again.notice(), Some(&Notice::AlreadyRedacted));
    assert_eq!(again.can_undo(), after.can_undo());
}

#[test]
fn a_stale_output_selection_is_not_used() {
    let s = typed(NOTE);
    let sel = Selected::Output { rev: s.rev() + 1, range: 0..6 };
    let after = reduce(&s, Action::RedactSelection(sel));
    assert_eq!(after.notice(), Some(&Notice::NothingSelected));
}

#[test]
fn the_clock_times_the_redaction_not_the_last_action() {
    let ticks = std::cell::Cell::new(0.0);
    let clock = || {
        ticks.set(ticks.get() + 1.5);
        ticks.get()
    };
    let s = reduce_timed(&State::default(), Action::Edit(NOTE.into()), &clock);
    assert_eq!(s.redact_ms(), Some(1.5));
    // Hiding a message or choosing a finding redacts nothing: the time of
    // the last redaction stays.
    let t = ticks.get();
    let d = reduce_timed(&s, Action::Dismiss, &clock);
    let d = reduce_timed(&d, Action::Select(s.id(1)), &clock);
    assert_eq!(d.redact_ms(), Some(1.5));
    assert_eq!(ticks.get(), t);
}

#[test]
fn settings_round_trip() {
    for style in Style::ALL {
        for bits in 1..16u8 {
            let kinds: KindSet = Kind::ALL
                .into_iter()
                .enumerate()
                .filter(|(i, _)| bits & (1 << i) != 0)
                .map(|(_, k)| k)
                .collect();
            let s = Settings { kinds, style };
            let back = decode_settings(&encode_settings(&s));
            assert_eq!(back, Saved { kinds: Some(kinds), style: Some(style) });
        }
    }
    assert_eq!(
        encode_settings(&Settings::default()),
        "kinds=card,ssn,cvv,expiry;style=label"
    );
}

#[test]
fn a_setting_that_redacts_nothing_is_never_saved_nor_read() {
    let off = Settings { kinds: KindSet::EMPTY, style: Style::Mask };
    assert_eq!(encode_settings(&off), "style=mask");
    let back = Rules::default()
        .settings_with(&decode_settings(&encode_settings(&off)));
    assert_eq!(back.kinds, KindSet::ALL);
    assert_eq!(back.style, Style::Mask);
    // A value stored by an older page is ignored too.
    let old = decode_settings("kinds=;style=label");
    assert_eq!(old.kinds, None);
    assert_eq!(Rules::default().settings_with(&old).kinds, KindSet::ALL);
}

#[test]
fn damaged_settings_fall_back_to_defaults() {
    let d = Rules::default();
    assert_eq!(d.settings_with(&decode_settings("")), Settings::default());
    assert_eq!(
        d.settings_with(&decode_settings("garbage")),
        Settings::default()
    );
    assert_eq!(
        d.settings_with(&decode_settings("kinds=card,bogus;style=mask")),
        Settings { style: Style::Mask, ..Settings::default() }
    );
    assert_eq!(
        d.settings_with(&decode_settings("kinds=ssn;style=??")),
        Settings {
            kinds: KindSet::EMPTY.with(Kind::Ssn),
            style: Style::Label
        }
    );
}

// --- review helpers (pure) ---

#[test]
fn utf16_offsets_convert_to_bytes() {
    let text = "a\u{e9}\u{1f600}b";
    // a(1 unit, 1 byte) é(1, 2) 😀(2, 4) b(1, 1)
    let cases = [(0, 0), (1, 1), (2, 3), (4, 7), (5, 8), (9, 8)];
    for (units, bytes) in cases {
        assert_eq!(review::utf16_to_byte(text, units), bytes, "{units}");
    }
    // Inside the surrogate pair: the char's start.
    assert_eq!(review::utf16_to_byte(text, 3), 3);
}

#[test]
fn an_output_selection_maps_to_the_input_it_shows() {
    let s = typed(NOTE);
    let out = &s.output().text;
    let map = |a: &str, b: &str| {
        let start = out.find(a).unwrap();
        let end = out.find(b).unwrap() + b.len();
        let r = review::output_to_input(
            s.text(),
            &s.output().segments,
            start..end,
        )
        .unwrap();
        s.text()[r].to_owned()
    };
    assert_eq!(map("Caller", "verified"), "Caller verified");
    // A selection ending inside a replacement takes all of it.
    assert_eq!(map("Card", "[CA"), "Card 4111 1111 1111 1111");
    assert_eq!(map("RD]", " exp"), "4111 1111 1111 1111 exp");
    assert_eq!(map("on", "file."), "on file.");
    assert_eq!(
        review::output_to_input(s.text(), &s.output().segments, 3..3),
        None
    );
    assert_eq!(
        review::output_to_input(s.text(), &[Segment::Unmarked], 0..3),
        None
    );
}

#[test]
fn an_output_selection_maps_through_kept_findings_and_unicode() {
    let text = "Caf\u{e9} card 4111 1111 1111 1111 \u{1f600} ok";
    let s = toggle(&typed(text), 0);
    let out = s.output().text.clone();
    assert_eq!(out, text);
    let start = out.find("1111 \u{1f600}").unwrap();
    let r = review::output_to_input(
        s.text(),
        &s.output().segments,
        start..out.len(),
    )
    .unwrap();
    assert_eq!(&s.text()[r], "1111 \u{1f600} ok");
}

#[test]
fn trimming_a_selection_leaves_out_white_space() {
    assert_eq!(review::trim_range("  ab  ", 0..6), Some(2..4));
    assert_eq!(review::trim_range("  ab  ", 0..2), None);
    assert_eq!(review::trim_range("ab", 0..9), None);
    assert_eq!(review::trim_range("\u{e9}", 0..1), None);
}

#[test]
fn hand_redactions_match_by_text_and_skip_what_is_found() {
    let text = "Jane Doe paid. jane doe? Jane Doe again, Jane Doe 4111";
    let hand: Vec<Rc<str>> = vec![Rc::from("Jane Doe")];
    let hits = review::hand_hits(text, &hand, &[]);
    let at: Vec<usize> = hits.iter().map(|h| h.parts[0].start).collect();
    assert_eq!(at, vec![0, 25, 41]);
    assert!(hits.iter().all(|h| h.source == 0));
    // Identities: same text, numbered by occurrence.
    assert_ne!(hits[0].id, hits[1].id);
    // A detected finding inside an occurrence is cut out of it.
    let text = "pay John 4111 1111 1111 1111 Smith now";
    let card = 9..28;
    let hand: Vec<Rc<str>> = vec![Rc::from("John 4111 1111 1111 1111 Smith")];
    let hits = review::hand_hits(text, &hand, std::slice::from_ref(&card));
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].parts, vec![4..8, 29..34]);
    // Wholly covered: no hit.
    let hand: Vec<Rc<str>> = vec![Rc::from("4111 1111")];
    assert!(review::hand_hits(text, &hand, &[card]).is_empty());
}

#[test]
fn overlapping_hand_redactions_never_share_a_byte() {
    let text = "Mr John Smith Jr";
    let hand: Vec<Rc<str>> =
        vec![Rc::from("John Smith"), Rc::from("Smith Jr")];
    let hits = review::hand_hits(text, &hand, &[]);
    let parts: Vec<Range<usize>> =
        hits.iter().flat_map(|h| h.parts.clone()).collect();
    assert_eq!(parts, vec![3..13, 14..16]);
    for w in parts.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
}

#[test]
fn previews_show_the_kind_and_no_more_than_the_last_digits() {
    let s = typed(NOTE);
    let previews: Vec<String> =
        s.findings().iter().map(|f| review::preview(s.text(), f)).collect();
    assert_eq!(
        previews,
        [
            "Visa \u{2022}\u{2022}\u{2022}\u{2022} 1111",
            "Expiry \u{2022}\u{2022}/\u{2022}\u{2022}",
            "CVV \u{2022}\u{2022}\u{2022}",
            "SSN \u{2022}\u{2022}\u{2022}-\u{2022}\u{2022}-7435",
        ]
    );
    // A spoken SSN shows no digits at all.
    let spoken = typed(
        "my social is one two three one three seven four \
                        three five",
    );
    if let Some(f) = spoken.findings().first() {
        assert_eq!(
            review::preview(spoken.text(), f),
            "SSN \u{2022}\u{2022}\u{2022}-\u{2022}\u{2022}-\u{2022}\
             \u{2022}\u{2022}\u{2022}"
        );
    }
}

/// A note longer than the page scans itself: it goes to the worker.
fn long_note(copies: usize) -> String {
    let mut text = format!("{NOTE}\n").repeat(copies);
    text.push_str("Last line, card 5555 5555 5555 4444.");
    assert!(text.len() > SYNC_MAX_BYTES);
    text
}

/// What the worker does with the state's job: the same scan, off the
/// page (here, at once).
fn worker_answer(state: &State) -> Action {
    let job = state.job().expect("a job is running");
    let text = job.text.expect("a text job");
    Action::Scanned {
        job: job.id,
        findings: hush::scan(&text, state.policy()),
    }
}

fn scanned(state: &State) -> State {
    reduce(state, worker_answer(state))
}

#[test]
fn a_short_text_is_scanned_at_once_a_long_one_by_the_worker() {
    let s = typed(NOTE);
    assert_eq!(s.work(), &Work::Idle);
    assert!(s.job().is_none());
    assert!(s.can_export());

    let text = long_note(400);
    let s = typed(&text);
    assert_eq!(s.work(), &Work::Running { done: 0, total: text.len() });
    let job = s.job().unwrap();
    assert_eq!(job.text.as_deref(), Some(text.as_str()));
    assert_eq!((job.kinds, job.style), (0b1111, "label"));
    // Nothing to copy until the worker answers.
    assert!(!s.can_export());
    assert_eq!(s.output().text, "");

    let done = scanned(&s);
    assert_eq!(done.work(), &Work::Idle);
    assert!(done.can_export());
    let policy = Policy::default();
    assert_eq!(
        done.output().text,
        redact(&text, &hush::scan(&text, &policy), policy.style)
    );
    assert_eq!(shown(&done), done.output().text);
    let cards =
        done.findings().iter().filter(|f| f.kind() == Kind::Card).count();
    assert_eq!(cards, 401);
    assert!(
        done.summary_line().starts_with("401 card numbers"),
        "{}",
        done.summary_line()
    );
}

#[test]
fn the_worker_path_gives_what_the_page_would() {
    // Kept findings, hand redactions and styles: the same output whether
    // the page or the worker scanned.
    let short = toggle(&typed(NOTE), 0);
    let short = redact_in_input(&short, "on file");
    let long = long_note(400);
    let with_short = edit(&short, &long);
    let a = scanned(&with_short);
    let s = reduce(&a, Action::SetStyle(Style::Numbered));
    assert!(s.job().is_none(), "a style change redraws, it does not rescan");
    // The first card is still kept (the same value, first of its key).
    assert!(is_kept(&s, 0));
    assert!(s.output().text.contains("4111 1111 1111 1111"));
    assert!(!s.output().text.contains("on file"));
    let expected = {
        let findings = s.findings().to_vec();
        let kept: Vec<bool> =
            (0..findings.len()).map(|i| is_kept(&s, i)).collect();
        render(&long, &findings, &kept, s.policy())
    };
    let got = s.output();
    assert_eq!(&*got.source, long.as_str());
    assert!(got.text == expected.text && got.segments == expected.segments);
    assert_eq!((&got.summary, got.kept), (&expected.summary, expected.kept));
    assert_eq!(shown(&s), s.output().text);
}

#[test]
fn a_newer_edit_supersedes_the_running_scan() {
    let first = long_note(400);
    let second = long_note(401);
    let a = typed(&first);
    let old = worker_answer(&a);
    let b = edit(&a, &second);
    assert_ne!(a.job_id(), b.job_id());
    // The first scan's late answer is ignored.
    let late = reduce(&b, old);
    assert_eq!(late, b);
    let progress_of_old =
        Action::Progress { job: a.job_id(), done: 9, total: 9 };
    assert_eq!(reduce(&b, progress_of_old), b);
    let done = scanned(&b);
    assert!(done.output().text.ends_with("card [CARD]."));
    assert_eq!(done.findings().len(), 3 * 401 + 401 + 1);
    // Back to a short text: the page scans it, and a late answer of the
    // long one changes nothing.
    let c = edit(&b, NOTE);
    assert_eq!(c.work(), &Work::Idle);
    assert_eq!(reduce(&c, worker_answer(&b)), c);
}

#[test]
fn progress_is_shown_for_the_running_scan() {
    let s = typed(&long_note(400));
    let job = s.job_id();
    let s = reduce(&s, Action::Progress { job, done: 1000, total: 40_000 });
    assert_eq!(s.work(), &Work::Running { done: 1000, total: 40_000 });
}

#[test]
fn cancel_leaves_no_output_and_nothing_to_copy() {
    let text = long_note(400);
    let before = scanned(&typed(&text));
    assert!(before.can_export());
    let s = edit(&before, &long_note(402));
    let job = s.job().unwrap();
    let s = reduce(&s, Action::Cancel);
    assert_eq!(s.work(), &Work::Cancelled);
    assert_eq!(s.output().text, "");
    assert!(s.findings().is_empty());
    assert!(!s.can_export());
    assert!(s.job().is_none());
    assert_eq!(s.summary_line(), "Not redacted");
    // The cancelled scan's answer is ignored.
    let findings = hush::scan(job.text.as_deref().unwrap(), s.policy());
    let late = reduce(&s, Action::Scanned { job: job.id, findings });
    assert_eq!(late, s);
    // Redact again starts over.
    let again = reduce(&s, Action::Retry);
    assert!(matches!(again.work(), Work::Running { .. }));
    assert!(scanned(&again).can_export());
}

#[test]
fn a_failed_scan_fails_closed() {
    let good = scanned(&typed(&long_note(400)));
    let s = edit(&good, &long_note(403));
    let s = reduce(&s, Action::ScanFailed { job: s.job_id() });
    assert_eq!(s.work(), &Work::Failed);
    assert_eq!(s.output().text, "");
    assert!(s.output().segments.is_empty());
    assert!(!s.can_export());
    assert_eq!(s.summary_line(), "Not redacted");
    // Also when the scan failed before any output existed, and a failure
    // of an older job changes nothing.
    let s2 = typed(&long_note(400));
    let stale = reduce(&s2, Action::ScanFailed { job: s2.job_id() + 7 });
    assert_eq!(stale, s2);
    // Typing again scans again.
    let next = scanned(&edit(&s, &long_note(404)));
    assert!(next.can_export());
}

fn big_view(bytes: usize) -> BigView {
    BigView {
        summary: "3 card numbers redacted".into(),
        count: 3,
        bytes,
        input_head: "Card 4111".into(),
        output_head: "Card [CARD]".into(),
        list: vec!["Line 1: card number (Visa, 16 digits, Luhn ok)".into()],
    }
}

#[test]
fn a_big_text_is_scanned_whole_in_the_worker_and_summarised() {
    let before = toggle(&typed(NOTE), 0);
    let s = reduce(&before, Action::OpenBig { name: Some("day.log".into()) });
    assert!(s.has_text());
    assert_eq!(&**s.text(), "");
    assert!(s.findings().is_empty());
    assert!(s.can_undo().is_none(), "a big text is not undone into");
    let job = s.job().unwrap();
    assert_eq!(job.text, None);
    assert!(!s.can_export());
    assert_eq!(s.notice(), Some(&Notice::Loaded { name: "day.log".into() }));

    let done =
        reduce(&s, Action::BigScanned { job: job.id, view: big_view(50) });
    assert!(done.can_export());
    assert_eq!(done.summary_line(), "3 card numbers redacted");
    assert_eq!(done.big().unwrap().result, Some(big_view(50)));
    // A kind turned off scans it again, in the worker.
    let off = reduce(&done, Action::SetKind(Kind::Cvv, false));
    let job = off.job().unwrap();
    assert_eq!((job.text, job.kinds), (None, 0b1011));
    assert!(!off.can_export());
    // Clear leaves big mode.
    let cleared = reduce(&done, Action::Clear);
    assert!(!cleared.has_text());
    assert!(cleared.big().is_none());
    assert!(!cleared.can_export());
}

#[test]
fn a_big_text_the_worker_refuses_is_named_and_nothing_shown() {
    let s = reduce(
        &State::default(),
        Action::OpenBig { name: Some("x.bin".into()) },
    );
    let why = FileError::Binary.to_string();
    let s = reduce(&s, Action::NotOpened { job: s.job_id(), why });
    assert!(!s.has_text());
    assert!(!s.can_export());
    let notice = s.notice().unwrap();
    assert!(notice.is_problem());
    assert_eq!(
        notice.to_string(),
        "Could not open x.bin: it is not a text file. Nothing was redacted."
    );
}

#[test]
fn head_ends_on_a_char_boundary() {
    assert_eq!(head("caf\u{e9}", 4), "caf");
    assert_eq!(head("caf\u{e9}", 5), "caf\u{e9}");
    assert_eq!(head("abc", 99), "abc");
    assert_eq!(size(50_541_363), "48.2 MB");
    assert_eq!(size(65_536), "64 KB");
    assert_eq!(size(1), "1 byte");
}

#[test]
fn while_a_newer_text_is_scanned_the_output_stays_the_last_ones() {
    // The output (and its highlights) keep referring to the text they
    // were made from, never to the newer one being scanned: a change of
    // style meanwhile redraws the old output, and nothing of the new text
    // shows unredacted.
    let old = long_note(400);
    let done = scanned(&typed(&old));
    let newer = format!("SSN 123-45-6789 first. {old}");
    let s = edit(&done, &newer);
    assert_eq!(&*s.output().source, old.as_str());
    assert_eq!(s.output().text, done.output().text);
    let styled = reduce(&s, Action::SetStyle(Style::Mask));
    assert_eq!(&*styled.output().source, old.as_str());
    assert!(!styled.output().text.contains("123-45-6789"));
    assert_eq!(shown(&styled), styled.output().text);
    // Redact selection waits for the output to be the text's.
    let busy = reduce(&s, Action::RedactSelection(Selected::Input(0..3)));
    assert_eq!(busy.notice(), Some(&Notice::Busy));
    let finished = scanned(&styled);
    assert_eq!(&*finished.output().source, newer.as_str());
    assert!(
        finished.output().text.starts_with("SSN ***-**-**** first."),
        "{}",
        &finished.output().text[..40]
    );
}
