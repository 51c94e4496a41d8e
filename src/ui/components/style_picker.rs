//! The style picker: how each finding is replaced. One toggle button per
//! style, each reached with Tab and chosen with Enter or Space (no
//! arrow-key-only radio group). Locked by the policy, all are disabled and
//! the group says so.

use hush::Style;
use yew::prelude::*;

use super::lock_icon;

/// Props of [`StylePicker`].
#[derive(Properties, PartialEq)]
pub struct StylePickerProps {
    /// The style chosen.
    pub style: Style,
    /// Whether the policy locks the style.
    pub locked: bool,
    /// Called with the newly chosen style.
    pub on_change: Callback<Style>,
}

/// What a person sees for each style: a name and an example.
fn describe(style: Style) -> (&'static str, &'static str) {
    match style {
        Style::Label => ("Label", "[CARD]"),
        Style::Numbered => ("Numbered", "[CARD-1]"),
        Style::Mask => ("Mask", "****"),
        Style::Last4 => ("Last 4", "[CARD ending 1111]"),
    }
}

/// A group of toggle buttons, one per style, each with an example.
#[component]
pub fn StylePicker(props: &StylePickerProps) -> Html {
    let options = Style::ALL.into_iter().map(|style| {
        let (name, example) = describe(style);
        let cb = props.on_change.clone();
        let onclick = Callback::from(move |_: MouseEvent| cb.emit(style));
        let chosen = props.style == style;
        html! {
            <button type="button"
                class={classes!("choice", chosen.then_some("chosen"))}
                aria-pressed={if chosen { "true" } else { "false" }}
                disabled={props.locked}
                data-style={style.name()}
                {onclick}>
                <span class="choice-name">{ name }</span>
                <code class="choice-example" aria-hidden="true">
                    { example }
                </code>
            </button>
        }
    });
    html! {
        <div class="group" role="group" aria-labelledby="style-legend">
            <div class="legend" id="style-legend">
                { "Replace with" }
                if props.locked {
                    { lock_icon() }
                    <span class="locked-note">{ " (locked by policy)" }</span>
                }
            </div>
            <div class="group-items">{ for options }</div>
        </div>
    }
}
