//! The app: the page layout and the handlers that turn a person's actions
//! into [`Action`]s.
//!
//! The state logic is in [`crate::ui::state`]; this file only wires it to
//! the DOM. The core runs inside the reducer, synchronously, on every
//! keystroke; [`Store`] times it so the page can say how long it took.

use std::rc::Rc;

use hush::{Kind, Style};
use wasm_bindgen_futures::spawn_local;
use web_sys::{File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::ui::browser;
use crate::ui::components::{KindToggles, NoticeBar, OutputView, StylePicker};
use crate::ui::file::{ACCEPT, FileError, MAX_FILE_BYTES};
use crate::ui::release;
use crate::ui::state::{
    self, Action, DOWNLOAD_NAME, FindingId, Notice, State,
};

/// The state plus how long the last action took in the core, in ms.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    state: State,
    core_ms: f64,
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let start = browser::now();
        let state = state::reduce(&self.state, action);
        Rc::new(Store { state, core_ms: browser::now() - start })
    }
}

/// The input's placeholder.
const PLACEHOLDER: &str =
    "Paste call notes, a chat log or a transcript\u{2026}";

/// Reads the first file of a list into the input, or refuses it.
fn open_file(file: File, dispatch: UseReducerDispatcher<Store>) {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES as f64 {
        let why = FileError::TooLarge;
        dispatch.dispatch(Action::Reject { name, why });
        return;
    }
    spawn_local(async move {
        match browser::read_file(&file).await {
            Ok(bytes) => dispatch.dispatch(Action::Load { name, bytes }),
            Err(_) => {
                let why = FileError::Unreadable;
                dispatch.dispatch(Action::Reject { name, why });
            }
        }
    });
}

/// The whole page.
#[component]
pub fn App() -> Html {
    let render_start = browser::now();
    let store = use_reducer(|| Store {
        state: State::new(browser::load_settings()),
        core_ms: 0.0,
    });
    let dragging = use_state(|| false);
    let input_ref = use_node_ref();
    let file_ref = use_node_ref();
    let output_ref = use_node_ref();
    let state = store.state.clone();
    let policy = state.policy();

    use_effect_with(policy.clone(), browser::save_settings);
    use_effect_with((), |_| browser::mark_interactive());
    // How long the last render took, from this function to the DOM update,
    // for the benchmark (scripts/bench-web.mjs); it holds no text.
    use_effect(move || {
        browser::note_render_time(browser::now() - render_start)
    });

    let dispatch = store.dispatcher();
    let on_input = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            dispatch.dispatch(Action::Edit(area.value()));
        })
    };
    let on_toggle_kind = {
        let dispatch = dispatch.clone();
        Callback::from(move |(kind, on): (Kind, bool)| {
            dispatch.dispatch(Action::SetKind(kind, on));
        })
    };
    let on_style = {
        let dispatch = dispatch.clone();
        Callback::from(move |style: Style| {
            dispatch.dispatch(Action::SetStyle(style))
        })
    };
    let on_toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |id: FindingId| {
            dispatch.dispatch(Action::ToggleKept(id))
        })
    };
    let on_dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(Action::Dismiss))
    };
    let on_copy = {
        let dispatch = dispatch.clone();
        let text = state.output().text.clone();
        let output_ref = output_ref.clone();
        Callback::from(move |_: MouseEvent| {
            let dispatch = dispatch.clone();
            let text = text.clone();
            let output_ref = output_ref.clone();
            spawn_local(async move {
                if browser::write_clipboard(&text).await {
                    dispatch.dispatch(Action::Notify(Notice::Copied));
                } else {
                    if let Some(el) = output_ref.cast::<web_sys::Element>() {
                        browser::select_contents(&el);
                    }
                    dispatch.dispatch(Action::Notify(Notice::CopyDenied));
                }
            });
        })
    };
    let on_download = {
        let dispatch = dispatch.clone();
        let text = state.output().text.clone();
        Callback::from(move |_: MouseEvent| {
            if browser::download(&text, DOWNLOAD_NAME).is_ok() {
                dispatch.dispatch(Action::Notify(Notice::Downloaded));
            }
        })
    };
    let on_clear = {
        let dispatch = dispatch.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Clear);
            if let Some(area) = input_ref.cast::<HtmlTextAreaElement>() {
                let _ = area.focus();
            }
        })
    };
    let on_open = {
        let file_ref = file_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_ref.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|l| l.get(0)) {
                open_file(file, dispatch.clone());
            }
            // Let the same file be chosen again later.
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            if !*dragging {
                dragging.set(true);
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if e.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let on_drop = {
        let dragging = dragging.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |e: DragEvent| {
            // Without this the browser would open the file itself and
            // leave the page.
            e.prevent_default();
            dragging.set(false);
            let file = e
                .data_transfer()
                .and_then(|dt| dt.files())
                .and_then(|list| list.get(0));
            if let Some(file) = file {
                open_file(file, dispatch.clone());
            }
        })
    };

    let has_text = !state.text().is_empty();
    let has_output = !state.output().text.is_empty();
    let copied = state.notice() == Some(&Notice::Copied);
    let copy_class = classes!("button", "primary", copied.then_some("done"));
    let copy_label = if copied { "Copied \u{2713}" } else { "Copy" };
    let summary = state.summary_line();
    let timing = has_text.then(|| {
        html! {
            <span class="timing" data-testid="timing"
                data-core-ms={format!("{:.3}", store.core_ms)}>
                { if store.core_ms < 0.1 {
                    "Redacted in under 0.1 ms on this device".to_owned()
                } else {
                    format!(
                        "Redacted in {:.1} ms on this device",
                        store.core_ms
                    )
                } }
            </span>
        }
    });

    html! {
        <div
            class={classes!("app", dragging.then_some("dragging"))}
            ondragover={on_drag_over}
            ondragleave={on_drag_leave}
            ondrop={on_drop}
        >
            <header class="masthead">
                <div class="brand">
                    <span class="logo" aria-hidden="true"></span>
                    <h1>{ "Hush" }</h1>
                </div>
                <p class="tagline">
                    { "Redact card numbers, SSNs, CVVs and expiry dates \
                       before you paste. Your text never leaves this page." }
                </p>
            </header>

            <section class="settings" aria-label="Settings">
                <KindToggles kinds={policy.kinds} {on_toggle_kind} />
                <StylePicker style={policy.style} on_change={on_style} />
            </section>

            <main class="panes">
                <section class="pane" aria-labelledby="input-title">
                    <div class="pane-head">
                        <h2 id="input-title">{ "Original" }</h2>
                        <div class="actions">
                            <button type="button" class="button"
                                onclick={on_open}>
                                { "Open file\u{2026}" }
                            </button>
                            <button type="button" class="button"
                                onclick={on_clear}
                                disabled={!has_text}>{ "Clear" }</button>
                        </div>
                    </div>
                    <input
                        type="file"
                        class="visually-hidden"
                        tabindex="-1"
                        aria-hidden="true"
                        accept={ACCEPT}
                        ref={file_ref}
                        onchange={on_file}
                        data-testid="file"
                    />
                    <textarea
                        class="input"
                        data-testid="input"
                        aria-label="Text to redact"
                        placeholder={PLACEHOLDER}
                        spellcheck="false"
                        autocomplete="off"
                        autocorrect="off"
                        autocapitalize="off"
                        value={state.text().clone()}
                        oninput={on_input}
                        ref={input_ref}
                    />
                    <p class="hint">
                        { "Or drop a text file here (.txt, .log, .csv, .vtt, \
                           .srt, .json, .md)." }
                    </p>
                </section>

                <section class="pane" aria-labelledby="output-title">
                    <div class="pane-head">
                        <h2 id="output-title">{ "Redacted" }</h2>
                        <div class="actions">
                            <button type="button" class="button"
                                onclick={on_download}
                                disabled={!has_output}
                                data-needs-output=""
                                data-testid="download">
                                { "Download .txt" }
                            </button>
                            <button type="button"
                                class={copy_class}
                                onclick={on_copy}
                                disabled={!has_output}
                                data-needs-output=""
                                data-testid="copy">
                                { copy_label }
                            </button>
                        </div>
                    </div>
                    <p class="summary" data-testid="summary">{ summary }</p>
                    <OutputView
                        state={state.clone()}
                        node={output_ref}
                        {on_toggle}
                    />
                </section>
            </main>

            <NoticeBar notice={state.notice().cloned()} {on_dismiss} />

            <footer class="footer">
                <span>
                    { "Runs entirely in your browser: no text is sent, \
                       stored or logged." }
                </span>
                { for timing }
                // The release's version; once the policy file lands, pass
                // the active policy's name and version here
                // (`release::PolicyLabel`).
                <span class="version" data-testid="version">
                    { release::footer_line(None) }
                </span>
            </footer>
        </div>
    }
}
