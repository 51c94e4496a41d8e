//! The kind toggles: one switch per kind of secret (card numbers, SSNs,
//! CVVs, expiry dates).

use hush::{Kind, KindSet};
use yew::prelude::*;

/// Props of [`KindToggles`].
#[derive(Properties, PartialEq)]
pub struct KindTogglesProps {
    /// The kinds that are on.
    pub kinds: KindSet,
    /// Called with a kind and whether it is now on.
    pub on_toggle_kind: Callback<(Kind, bool)>,
}

/// A group of checkboxes, one per kind, named by the kind's plural.
#[component]
pub fn KindToggles(props: &KindTogglesProps) -> Html {
    let boxes = Kind::ALL.into_iter().map(|kind| {
        let on = props.kinds.contains(kind);
        let cb = props.on_toggle_kind.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            cb.emit((kind, input.checked()));
        });
        html! {
            <label class={classes!("toggle", format!("kind-{}", kind.name()))}>
                <input type="checkbox" checked={on} {onchange} />
                <span class="toggle-dot" aria-hidden="true"></span>
                { capitalized(kind.plural()) }
            </label>
        }
    });
    html! {
        <fieldset class="group">
            <legend>{ "Find" }</legend>
            <div class="group-items">{ for boxes }</div>
        </fieldset>
    }
}

/// "card numbers" → "Card numbers"; "SSNs" stays.
fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
