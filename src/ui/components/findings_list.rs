//! The findings list: every finding with its kind, a masked preview
//! (`Visa •••• 1111`), its reason and a labelled switch to keep it visible
//! or redact it. Choosing an entry scrolls to and focuses its highlight in
//! the output; Previous and Next (F8 and Shift+F8 anywhere on the page) do
//! the same in turn. Inside the list, the up and down arrow keys also move
//! between entries, and Tab reaches every control.

use yew::prelude::*;

use crate::ui::state::review::preview;
use crate::ui::state::{FindingId, State};

use super::capitalized;
use super::output_view::kind_class;

/// The most entries the list shows at once.
pub const MAX_LISTED: usize = 200;

/// Props of [`FindingsList`].
#[derive(Properties)]
pub struct FindingsListProps {
    /// The page state.
    pub state: State,
    /// The panel, for opening it when a highlight is chosen.
    pub node: NodeRef,
    /// Called with a finding to keep visible or redact again.
    pub on_toggle: Callback<FindingId>,
    /// Called with the index of the finding chosen.
    pub on_choose: Callback<usize>,
    /// Called with true for the next finding, false for the previous.
    pub on_step: Callback<bool>,
}

/// Drawn again only when what it shows changed: the output (its revision
/// changes with it, and with what is kept) or the current finding. Not on
/// every keystroke: while the scan worker scans a long text, the output
/// stays the last one's. The callbacks, made anew at every render, always
/// do the same.
impl PartialEq for FindingsListProps {
    fn eq(&self, other: &Self) -> bool {
        self.state.rev() == other.state.rev()
            && std::ptr::eq(self.state.output(), other.state.output())
            && self.state.current() == other.state.current()
            && self.node == other.node
    }
}

/// The findings panel: a disclosure with the list, and previous and next.
#[component]
pub fn FindingsList(props: &FindingsListProps) -> Html {
    let state = &props.state;
    let n = state.findings().len();
    let current = state.current().and_then(|id| state.index_of(id));
    // A long file can have thousands of findings: the list shows a window
    // of them around the current one, so each keystroke stays cheap;
    // Previous and Next go through all of them.
    let start = current
        .unwrap_or(0)
        .saturating_sub(MAX_LISTED / 2)
        .min(n.saturating_sub(MAX_LISTED));
    let end = (start + MAX_LISTED).min(n);
    let items = (start..end).map(|i| item(props, i, current == Some(i)));
    let window_note = (end - start < n).then(|| {
        html! {
            <p class="hint" data-testid="findings-window">
                { format!(
                    "Showing {} to {} of {n}. Previous and Next (F8) go \
                     through all of them.",
                    start + 1,
                    end
                ) }
            </p>
        }
    });
    let step = |forward: bool| {
        let cb = props.on_step.clone();
        Callback::from(move |_: MouseEvent| cb.emit(forward))
    };
    let body = if n == 0 {
        html! {
            <p class="hint empty-findings">
                { "Nothing found yet. Anything that should be hidden but \
                   is not? Select it and press Redact selection." }
            </p>
        }
    } else {
        html! {
            <ol class="findings" data-testid="findings" aria-label="Findings"
                onkeydown={Callback::from(arrow_keys)}>
                { for items }
            </ol>
        }
    };
    html! {
        <details class="findings-panel" open=true ref={props.node.clone()}
            data-testid="findings-panel">
            <summary class="findings-title">
                { "Findings" }
                <span class="count">{ format!(" ({n})") }</span>
            </summary>
            <div class="findings-nav">
                <button type="button" class="button small"
                    data-testid="prev-finding" disabled={n == 0}
                    aria-keyshortcuts="Shift+F8"
                    title="Previous finding (Shift+F8)"
                    onclick={step(false)}>
                    <span aria-hidden="true">{ "\u{2191} " }</span>
                    { "Previous" }
                </button>
                <button type="button" class="button small"
                    data-testid="next-finding" disabled={n == 0}
                    aria-keyshortcuts="F8"
                    title="Next finding (F8)"
                    onclick={step(true)}>
                    <span aria-hidden="true">{ "\u{2193} " }</span>
                    { "Next" }
                </button>
            </div>
            { body }
            { window_note.unwrap_or_default() }
        </details>
    }
}

/// One entry.
fn item(props: &FindingsListProps, i: usize, current: bool) -> Html {
    let state = &props.state;
    let (Some(f), Some(id)) = (state.findings().get(i), state.id(i)) else {
        return html! {};
    };
    let kept = state.is_kept(id);
    let by_hand = state.is_by_hand(i);
    let kind = if by_hand {
        "Redacted by hand".to_owned()
    } else {
        capitalized(f.noun())
    };
    let shown = preview(&state.output().source, f);
    let go_id = format!("finding-go-{i}");
    let switch_id = format!("finding-switch-{i}");
    let reason_id = format!("finding-reason-{i}");
    let on_go = {
        let cb = props.on_choose.clone();
        Callback::from(move |_: MouseEvent| cb.emit(i))
    };
    let on_switch = {
        let cb = props.on_toggle.clone();
        Callback::from(move |_: MouseEvent| cb.emit(id))
    };
    html! {
        <li class={classes!(
                "finding-item",
                kind_class(state, i),
                kept.then_some("kept"),
                current.then_some("current"),
            )}
            data-kind={f.name().to_owned()}
            data-item={i.to_string()}
            aria-current={current.then_some("true")}>
            <button type="button" class="finding-go" id={go_id.clone()}
                aria-describedby={reason_id.clone()}
                onclick={on_go}>
                <span class={classes!("chip", kind_class(state, i))}>
                    { kind }
                </span>
                <span class="preview">{ shown }</span>
            </button>
            <span class="finding-reason" id={reason_id}>{ f.reason() }</span>
            <button type="button" role="switch" class="switch"
                id={switch_id.clone()}
                aria-checked={if kept { "false" } else { "true" }}
                aria-labelledby={format!("{switch_id} {go_id}")}
                data-testid="redact-switch"
                onclick={on_switch}>
                <span class="switch-track" aria-hidden="true">
                    <span class="switch-thumb"></span>
                </span>
                { "Redact" }
            </button>
            if kept {
                <span class="kept-badge">{ "Kept visible" }</span>
            }
        </li>
    }
}

/// Up and down arrows move between the entries' first buttons (a
/// convenience: Tab reaches them too, so nothing needs arrows).
fn arrow_keys(e: KeyboardEvent) {
    let forward = match e.key().as_str() {
        "ArrowDown" => true,
        "ArrowUp" => false,
        _ => return,
    };
    let Some(target) = e.target_dyn_into::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(item)) = target.closest("li") else {
        return;
    };
    let sibling = if forward {
        item.next_element_sibling()
    } else {
        item.previous_element_sibling()
    };
    let button = sibling
        .and_then(|s| s.query_selector(".finding-go").ok().flatten())
        .and_then(|b| {
            wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok()
        });
    if let Some(button) = button {
        e.prevent_default();
        let _ = button.focus();
    }
}
