//! The output view: the redacted text, with each redaction highlighted.
//!
//! Its text content is exactly the redacted text (the tests read it as
//! `data-testid="output"`): the kind and reason of each highlight are in
//! attributes and shown by CSS on hover and focus, never as text nodes.
//! Clicking a highlight, or pressing Enter or Space on it, keeps that
//! finding visible; doing it again redacts it again.

use yew::prelude::*;

use crate::ui::state::{FindingId, Segment, State};

/// Props of [`OutputView`].
#[derive(Properties, PartialEq)]
pub struct OutputViewProps {
    /// The page state (cheap to clone: its parts are shared).
    pub state: State,
    /// The element, for selecting its text when the clipboard is blocked.
    pub node: NodeRef,
    /// Called with the finding to keep visible or to redact again.
    pub on_toggle: Callback<FindingId>,
}

/// The redacted text as a region of plain text and highlights.
#[component]
pub fn OutputView(props: &OutputViewProps) -> Html {
    let state = &props.state;
    let text = state.text();
    let output = state.output();
    let pieces = output.segments.iter().map(|seg| match seg {
        Segment::Plain(range) => html! { { &text[range.clone()] } },
        Segment::Unmarked => html! { { output.text.as_str() } },
        Segment::Redacted { finding, text: shown } => {
            highlight(props, *finding, shown.clone(), false)
        }
        Segment::Kept { finding, range } => {
            highlight(props, *finding, text[range.clone()].to_owned(), true)
        }
    });
    html! {
        <div
            class="output"
            data-testid="output"
            role="region"
            aria-label="Redacted text"
            ref={props.node.clone()}
        >{ for pieces }</div>
    }
}

/// One part of one finding: a button-like mark.
fn highlight(
    props: &OutputViewProps,
    finding: usize,
    shown: String,
    kept: bool,
) -> Html {
    let state = &props.state;
    let (Some(f), Some(id)) =
        (state.findings().get(finding), state.id(finding))
    else {
        return html! { { shown } };
    };
    let noun = f.kind().noun();
    let mut noun_cap = noun.to_owned();
    if let Some(first) = noun_cap.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    let (tip, label) = if kept {
        (
            format!(
                "{noun_cap} \u{b7} {} \u{b7} kept visible; click to redact",
                f.reason()
            ),
            format!(
                "{noun_cap}, kept visible ({}). Press to redact it.",
                f.reason()
            ),
        )
    } else {
        (
            format!("{noun_cap} \u{b7} {} \u{b7} click to show", f.reason()),
            format!(
                "Redacted {noun} ({}). Press to keep it visible.",
                f.reason()
            ),
        )
    };
    let toggle = props.on_toggle.clone();
    let onclick = {
        let toggle = toggle.clone();
        Callback::from(move |_: MouseEvent| toggle.emit(id))
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            toggle.emit(id);
        }
    });
    html! {
        <mark
            class={classes!(
                "finding",
                format!("kind-{}", f.kind().name()),
                kept.then_some("kept"),
            )}
            tabindex="0"
            role="button"
            aria-pressed={if kept { "true" } else { "false" }}
            aria-label={label}
            data-tip={tip}
            data-kind={f.kind().name()}
            {onclick}
            {onkeydown}
        >{ shown }</mark>
    }
}
