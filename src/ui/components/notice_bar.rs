//! The notice bar: one line that says what just happened (copied, file
//! opened, undone...) or asks before kept findings leave the page. It sits
//! in its own reserved line above the output, so it never covers the
//! text, and messages that are not problems or questions hide by
//! themselves after a few seconds.

use yew::prelude::*;

use crate::ui::state::{Export, Notice};

/// Props of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The message, if any.
    pub notice: Option<Notice>,
    /// Called when the person dismisses the message or answers no.
    pub on_dismiss: Callback<()>,
    /// Called when the person confirms copying or saving with findings
    /// kept visible.
    pub on_confirm: Callback<Export>,
    /// Called when the person presses Undo in the message (after Clear and
    /// Open file).
    pub on_undo: Callback<()>,
}

/// A polite live region: screen readers announce each new message.
#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let confirm_ref = use_node_ref();
    {
        // A question takes the focus to its answer.
        let confirm_ref = confirm_ref.clone();
        let asking = matches!(props.notice, Some(Notice::Ask { .. }));
        use_effect_with(asking, move |asking| {
            if *asking {
                if let Some(b) = confirm_ref.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        });
    }
    let content = props.notice.as_ref().map(|notice| {
        let kind = match notice {
            Notice::Ask { .. } => "ask",
            n if n.is_problem() => "problem",
            _ => "ok",
        };
        let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
        let extra = match notice {
            Notice::Ask { export, .. } => {
                let export = *export;
                let label = match export {
                    Export::Copy => "Copy anyway",
                    Export::Download => "Save anyway",
                };
                let confirm =
                    props.on_confirm.reform(move |_: MouseEvent| export);
                html! {
                    <>
                        <button type="button" class="button small primary"
                            data-testid="confirm" ref={confirm_ref.clone()}
                            onclick={confirm}>{ label }</button>
                        <button type="button" class="button small"
                            onclick={dismiss.clone()}>{ "Cancel" }</button>
                    </>
                }
            }
            Notice::Cleared | Notice::Loaded { .. } => {
                let undo = props.on_undo.reform(|_: MouseEvent| ());
                html! {
                    <button type="button" class="button small"
                        onclick={undo}>{ "Undo" }</button>
                }
            }
            _ => html! {},
        };
        let icon = match notice {
            Notice::Ask { .. } => "?",
            n if n.is_problem() => "!",
            _ => "\u{2713}",
        };
        html! {
            <div class={classes!("notice", kind)} data-testid="notice">
                <span class="notice-icon" aria-hidden="true">{ icon }</span>
                <span class="notice-text">{ notice.to_string() }</span>
                { extra }
                <button
                    type="button"
                    class="notice-close"
                    aria-label="Dismiss message"
                    onclick={dismiss}
                >{ "\u{d7}" }</button>
            </div>
        }
    });
    html! {
        <div class="notice-area" role="status" aria-live="polite">
            { content.unwrap_or_default() }
        </div>
    }
}
