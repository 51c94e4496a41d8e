//! The output view: the redacted text, with each redaction highlighted.
//!
//! Its text content is exactly the redacted text (the tests read it as
//! `data-testid="output"`): the kind and reason of a highlight are shown in
//! the line under it (`data-testid="inspector"`) while the highlight is
//! hovered or focused, and are its accessible name. Clicking a highlight,
//! or pressing Enter or Space on it, keeps that finding visible; doing it
//! again redacts it again.

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

/// The redacted text as a region of plain text and highlights, and the
/// line that explains the highlight under the pointer or the focus.
#[component]
pub fn OutputView(props: &OutputViewProps) -> Html {
    let inspected = use_state(|| None::<usize>);
    let on_inspect = {
        let inspected = inspected.clone();
        Callback::from(move |i: Option<usize>| inspected.set(i))
    };
    let state = &props.state;
    let text = state.text();
    let output = state.output();
    let pieces = output.segments.iter().map(|seg| match seg {
        Segment::Plain(range) => html! { { &text[range.clone()] } },
        Segment::Unmarked => html! { { output.text.as_str() } },
        Segment::Redacted { finding, text: shown } => {
            highlight(props, &on_inspect, *finding, shown.clone(), false)
        }
        Segment::Kept { finding, range } => {
            let shown = text[range.clone()].to_owned();
            highlight(props, &on_inspect, *finding, shown, true)
        }
    });
    html! {
        <>
            <div
                class="output"
                data-testid="output"
                role="region"
                aria-label="Redacted text"
                ref={props.node.clone()}
            >{ for pieces }</div>
            { inspector(state, *inspected) }
        </>
    }
}

/// The line under the output: what the inspected highlight is and why, or
/// how to use the highlights.
fn inspector(state: &State, inspected: Option<usize>) -> Html {
    let found = inspected.and_then(|i| Some((i, state.findings().get(i)?)));
    let Some((i, f)) = found else {
        return html! {
            <p class="hint inspector" data-testid="inspector">
                { "Hover or focus a highlight to see why it was found. \
                   Redacted by mistake? Click it to show it; click again to \
                   hide it." }
            </p>
        };
    };
    let kept = state.id(i).is_some_and(|id| state.is_kept(id));
    let action = if kept {
        "Kept visible: click to redact it again."
    } else {
        "Click to show it."
    };
    let chip = classes!("chip", format!("kind-{}", f.kind().name()));
    html! {
        <p class="hint inspector" data-testid="inspector">
            <span class={chip}>
                { capitalized(f.kind().noun()) }
            </span>
            <span class="reason">{ f.reason() }</span>
            <span class="action">{ action }</span>
        </p>
    }
}

/// "card number" → "Card number".
fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// One part of one finding: a button-like mark.
fn highlight(
    props: &OutputViewProps,
    on_inspect: &Callback<Option<usize>>,
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
    let label = if kept {
        format!(
            "{}, kept visible ({}). Press to redact it.",
            capitalized(noun),
            f.reason()
        )
    } else {
        format!("Redacted {noun} ({}). Press to keep it visible.", f.reason())
    };
    let onmouseenter = emit_on(on_inspect, Some(finding));
    let onmouseleave = emit_on(on_inspect, None);
    let onfocus = emit_on(on_inspect, Some(finding));
    let onblur = emit_on(on_inspect, None);
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
            data-kind={f.kind().name()}
            {onclick}
            {onkeydown}
            {onmouseenter}
            {onmouseleave}
            {onfocus}
            {onblur}
        >{ shown }</mark>
    }
}

/// A callback for any event that emits `value`.
fn emit_on<E: 'static>(
    cb: &Callback<Option<usize>>,
    value: Option<usize>,
) -> Callback<E> {
    let cb = cb.clone();
    Callback::from(move |_: E| cb.emit(value))
}
