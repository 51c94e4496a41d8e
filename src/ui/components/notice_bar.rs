//! The notice bar: one line that says what just happened (copied, file
//! opened, file refused...).

use yew::prelude::*;

use crate::ui::state::Notice;

/// Props of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The message, if any.
    pub notice: Option<Notice>,
    /// Called when the person dismisses the message.
    pub on_dismiss: Callback<()>,
}

/// A polite live region: screen readers announce each new message.
#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let content = props.notice.as_ref().map(|notice| {
        let kind = if notice.is_problem() { "problem" } else { "ok" };
        let cb = props.on_dismiss.clone();
        let onclick = Callback::from(move |_: MouseEvent| cb.emit(()));
        html! {
            <div class={classes!("notice", kind)} data-testid="notice">
                <span class="notice-icon" aria-hidden="true">
                    { if notice.is_problem() { "!" } else { "\u{2713}" } }
                </span>
                <span class="notice-text">{ notice.to_string() }</span>
                <button
                    type="button"
                    class="notice-close"
                    aria-label="Dismiss message"
                    {onclick}
                >{ "\u{d7}" }</button>
            </div>
        }
    });
    html! {
        <div class="notice-area" role="status" aria-live="polite">
            { for content }
        </div>
    }
}
