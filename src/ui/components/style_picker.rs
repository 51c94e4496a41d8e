//! The style picker: how each finding is replaced.

use hush::Style;
use yew::prelude::*;

/// Props of [`StylePicker`].
#[derive(Properties, PartialEq)]
pub struct StylePickerProps {
    /// The style chosen.
    pub style: Style,
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

/// A radio group, one option per style, each with an example.
#[component]
pub fn StylePicker(props: &StylePickerProps) -> Html {
    let options = Style::ALL.into_iter().map(|style| {
        let (name, example) = describe(style);
        let cb = props.on_change.clone();
        let onchange = Callback::from(move |_: Event| cb.emit(style));
        html! {
            <label class="choice">
                <input
                    type="radio"
                    name="style"
                    value={style.name()}
                    checked={props.style == style}
                    {onchange}
                />
                <span class="choice-name">{ name }</span>
                <code class="choice-example" aria-hidden="true">
                    { example }
                </code>
            </label>
        }
    });
    html! {
        <fieldset class="group">
            <legend>{ "Replace with" }</legend>
            <div class="group-items">{ for options }</div>
        </fieldset>
    }
}
