//! The app: the page layout, the keyboard shortcuts and the handlers that
//! turn a person's actions into [`Action`]s.
//!
//! The state logic is in [`crate::ui::state`]; this file only wires it to
//! the DOM. The core runs inside the reducer, synchronously, on every
//! keystroke; the reducer times the redaction itself for the footer.
//!
//! Shortcuts (also on the buttons' `aria-keyshortcuts`): Ctrl+Z and
//! Ctrl+Shift+Z (or Ctrl+Y) undo and redo the review (⌘ on a Mac; in the
//! input they stay the text area's own undo, except right after Clear or
//! Open file); Ctrl+Shift+H redacts the selection; F8 and Shift+F8 go to
//! the next and previous finding; Escape hides the message.

use std::cell::RefCell;
use std::rc::Rc;

use hush::{Kind, Style};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{
    Element, File, HtmlElement, HtmlInputElement, HtmlTextAreaElement,
};
use yew::prelude::*;

use crate::ui::browser::{self, Listener};
use crate::ui::components::{
    FindingsList, KindToggles, NoticeBar, OutputView, StylePicker,
};
use crate::ui::file::{ACCEPT, FileError, MAX_FILE_BYTES};
use crate::ui::release;
use crate::ui::state::{
    self, Action, DOWNLOAD_NAME, Export, FindingId, Rules, Selected, State,
};

/// How long a message that hides by itself stays, in ms.
const NOTICE_MS: i32 = 6000;

/// The state, as Yew's reducer.
#[derive(Clone, Debug, PartialEq)]
pub struct Store {
    state: State,
}

impl Reducible for Store {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let state = state::reduce_timed(&self.state, action, &browser::now);
        Rc::new(Store { state })
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The active policy (the deployment's `policy.toml`, or the built-in
    /// defaults).
    pub rules: Rc<Rules>,
}

/// The input's placeholder.
const PLACEHOLDER: &str =
    "Paste call notes, a chat log or a transcript\u{2026}";

/// Which pane the person last selected text in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pane {
    Input,
    Output,
}

/// The element references the handlers need.
#[derive(Clone)]
struct Refs {
    input: NodeRef,
    output: NodeRef,
    findings: NodeRef,
    last_pane: Rc<RefCell<Option<Pane>>>,
    latest: Rc<RefCell<State>>,
}

impl Refs {
    fn output(&self) -> Option<Element> {
        self.output.cast::<Element>()
    }

    fn area(&self) -> Option<HtmlTextAreaElement> {
        self.input.cast::<HtmlTextAreaElement>()
    }

    fn state(&self) -> State {
        self.latest.borrow().clone()
    }

    /// What Redact selection applies to: the selection in the pane the
    /// person last selected in, else whichever pane has one.
    fn selection(&self) -> Selected {
        let state = self.state();
        let from_output = || {
            let output = self.output()?;
            let range =
                browser::output_selection(&output, &state.output().text)?;
            Some(Selected::Output { rev: state.rev(), range })
        };
        let from_input = || {
            let area = self.area()?;
            Some(Selected::Input(browser::textarea_selection(
                &area,
                state.text(),
            )?))
        };
        let last = *self.last_pane.borrow();
        let picked = match last {
            Some(Pane::Input) => from_input().or_else(from_output),
            _ => from_output().or_else(from_input),
        };
        picked.unwrap_or(Selected::Nothing)
    }

    /// Chooses finding `i` and takes the focus to its highlight.
    fn go_to_highlight(
        &self,
        dispatch: &UseReducerDispatcher<Store>,
        i: usize,
    ) {
        let id = self.state().id(i);
        dispatch.dispatch(Action::Select(id));
        if let Some(output) = self.output() {
            browser::focus_finding(&output, i);
        }
    }

    /// Chooses finding `i` and takes the focus to its switch in the list,
    /// opening the list if it was closed.
    fn go_to_switch(&self, dispatch: &UseReducerDispatcher<Store>, i: usize) {
        let id = self.state().id(i);
        dispatch.dispatch(Action::Select(id));
        if let Some(panel) =
            self.findings.cast::<web_sys::HtmlDetailsElement>()
        {
            panel.set_open(true);
        }
        let focus_switch = move || {
            let switch = browser::document()
                .get_element_by_id(&format!("finding-switch-{i}"))
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(switch) = &switch {
                let _ = switch.focus();
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                switch.scroll_into_view_with_scroll_into_view_options(&opts);
            }
            switch.is_some()
        };
        // A finding outside the list's window is listed once the choice
        // has been drawn.
        if !focus_switch() {
            browser::set_timeout(0, move || {
                focus_switch();
            });
        }
    }

    fn step(&self, dispatch: &UseReducerDispatcher<Store>, forward: bool) {
        let state = self.state();
        let target =
            state.neighbour(forward).and_then(|id| state.index_of(id));
        if let Some(i) = target {
            self.go_to_highlight(dispatch, i);
        }
    }

    fn redact_selection(&self, dispatch: &UseReducerDispatcher<Store>) {
        let selected = self.selection();
        let from_output = matches!(selected, Selected::Output { .. });
        dispatch.dispatch(Action::RedactSelection(selected));
        if from_output {
            browser::clear_selection();
        }
    }

    fn copy(&self, dispatch: &UseReducerDispatcher<Store>) {
        let state = self.state();
        let (text, rev) = (state.output().text.clone(), state.rev());
        let dispatch = dispatch.clone();
        let output = self.output();
        spawn_local(async move {
            if browser::write_clipboard(&text).await {
                dispatch.dispatch(Action::Copied { rev });
            } else {
                if let Some(el) = output {
                    browser::select_contents(&el);
                }
                dispatch.dispatch(Action::CopyDenied);
            }
        });
    }

    fn download(&self, dispatch: &UseReducerDispatcher<Store>) {
        let state = self.state();
        if browser::download(&state.output().text, DOWNLOAD_NAME).is_ok() {
            dispatch.dispatch(Action::Downloaded { rev: state.rev() });
        }
    }
}

/// Reads a file into the input, or refuses it.
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

/// The page's keyboard shortcuts.
fn on_key(
    e: &web_sys::KeyboardEvent,
    refs: &Refs,
    dispatch: &UseReducerDispatcher<Store>,
) {
    if e.default_prevented() || e.is_composing() {
        return;
    }
    let state = refs.state();
    let ctrl = e.ctrl_key() || e.meta_key();
    let key = e.key();
    let in_input = e
        .target()
        .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
        .is_some();
    let lower = key.to_ascii_lowercase();
    if ctrl && !e.alt_key() && lower == "z" && !e.shift_key() {
        if in_input && !state.undo_from_input() {
            return;
        }
        e.prevent_default();
        dispatch.dispatch(Action::Undo);
    } else if ctrl
        && !e.alt_key()
        && ((lower == "z" && e.shift_key())
            || (lower == "y" && !e.shift_key()))
    {
        if in_input && !state.redo_from_input() {
            return;
        }
        e.prevent_default();
        dispatch.dispatch(Action::Redo);
    } else if ctrl && e.shift_key() && !e.alt_key() && lower == "h" {
        e.prevent_default();
        refs.redact_selection(dispatch);
    } else if key == "F8" && !ctrl && !e.alt_key() {
        e.prevent_default();
        refs.step(dispatch, !e.shift_key());
    } else if key == "Escape" && state.notice().is_some() {
        dispatch.dispatch(Action::Dismiss);
    }
}

/// The whole page.
///
/// Optional parts are written `{ x.unwrap_or_default() }`, never
/// `{ for x }`: Yew spreads a `for` into its parent's children and matches
/// unkeyed children from the end, so a part appearing would turn the
/// element before it into itself, and the focus inside that element would
/// be lost.
#[component]
pub fn App(props: &AppProps) -> Html {
    let render_start = browser::now();
    let store = use_reducer(|| {
        let settings = props.rules.settings_with(&browser::load_settings());
        Store { state: State::new(props.rules.clone(), settings) }
    });
    let dragging = use_state(|| false);
    let input_ref = use_node_ref();
    let file_ref = use_node_ref();
    let output_ref = use_node_ref();
    let findings_ref = use_node_ref();
    let last_pane = use_mut_ref(|| None::<Pane>);
    let latest = use_mut_ref(|| store.state.clone());
    let state = store.state.clone();
    *latest.borrow_mut() = state.clone();
    let settings = state.settings();
    let dispatch = store.dispatcher();
    let refs = Refs {
        input: input_ref.clone(),
        output: output_ref.clone(),
        findings: findings_ref.clone(),
        last_pane: last_pane.clone(),
        latest: latest.clone(),
    };

    use_effect_with(settings, browser::save_settings);
    use_effect_with((), |_| browser::mark_interactive());
    // How long the last render took, from this function to the DOM update,
    // for the benchmark (scripts/bench-web.mjs); it holds no text.
    use_effect(move || {
        browser::note_render_time(browser::now() - render_start)
    });
    // Messages that are not problems or questions hide by themselves.
    {
        let dispatch = dispatch.clone();
        let hides = state.notice().is_some_and(|n| n.hides_by_itself());
        use_effect_with((state.notice_seq(), hides), move |(seq, hides)| {
            if *hides {
                let seq = *seq;
                browser::set_timeout(NOTICE_MS, move || {
                    dispatch.dispatch(Action::Expire(seq));
                });
            }
        });
    }
    // After a paste or an opened file, bring the first finding into view.
    {
        let output_ref = output_ref.clone();
        use_effect_with(state.reveal(), move |reveal| {
            if *reveal > 0 {
                if let Some(output) = output_ref.cast::<Element>() {
                    output.set_scroll_top(0);
                    browser::reveal_in(&output, 0);
                }
            }
        });
    }
    // Keyboard shortcuts, and which pane was selected in last.
    {
        let refs = refs.clone();
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let keys = {
                let refs = refs.clone();
                Listener::on_document("keydown", move |e| {
                    if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                        on_key(e, &refs, &dispatch);
                    }
                })
            };
            let selection =
                Listener::on_document("selectionchange", move |_| {
                    let in_input = browser::active_element()
                        .is_some_and(|a| a.id() == "input");
                    let pane = if in_input {
                        Some(Pane::Input)
                    } else if refs
                        .output()
                        .is_some_and(|o| browser::selection_in(&o))
                    {
                        Some(Pane::Output)
                    } else {
                        None
                    };
                    if pane.is_some() {
                        *refs.last_pane.borrow_mut() = pane;
                    }
                });
            move || drop((keys, selection))
        });
    }

    let on_input = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let text = area.value();
            let pasted = matches!(
                e.input_type().as_str(),
                "insertFromPaste" | "insertFromDrop" | "insertReplacementText"
            );
            dispatch.dispatch(if pasted {
                Action::Paste(text)
            } else {
                Action::Edit(text)
            });
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
    let on_choose_item = {
        let (refs, dispatch) = (refs.clone(), dispatch.clone());
        Callback::from(move |i: usize| refs.go_to_highlight(&dispatch, i))
    };
    let on_press_highlight = {
        let (refs, dispatch) = (refs.clone(), dispatch.clone());
        Callback::from(move |i: usize| refs.go_to_switch(&dispatch, i))
    };
    let on_step = {
        let (refs, dispatch) = (refs.clone(), dispatch.clone());
        Callback::from(move |forward: bool| refs.step(&dispatch, forward))
    };
    let on_dismiss = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(Action::Dismiss))
    };
    let on_undo_notice = {
        let dispatch = dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(Action::Undo))
    };
    let on_undo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Undo))
    };
    let on_redo = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Redo))
    };
    let on_redact = {
        let (refs, dispatch) = (refs.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| refs.redact_selection(&dispatch))
    };
    // Pressing the button must not take the selection away from the pane
    // it was made in.
    let keep_selection = Callback::from(|e: MouseEvent| e.prevent_default());
    let on_copy = {
        let (refs, dispatch) = (refs.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if refs.state().output().kept > 0 {
                dispatch.dispatch(Action::Ask(Export::Copy));
            } else {
                refs.copy(&dispatch);
            }
        })
    };
    let on_download = {
        let (refs, dispatch) = (refs.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            if refs.state().output().kept > 0 {
                dispatch.dispatch(Action::Ask(Export::Download));
            } else {
                refs.download(&dispatch);
            }
        })
    };
    let on_confirm = {
        let (refs, dispatch) = (refs.clone(), dispatch.clone());
        Callback::from(move |export: Export| match export {
            Export::Copy => refs.copy(&dispatch),
            Export::Download => refs.download(&dispatch),
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
    let on_skip = {
        let input_ref = input_ref.clone();
        Callback::from(move |e: MouseEvent| {
            // Focus the input without changing the URL's fragment.
            e.prevent_default();
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

    let rules = state.rules();
    let has_text = !state.text().is_empty();
    let has_output = !state.output().text.is_empty();
    let copied = state.copied();
    let copy_class = classes!("button", "primary", copied.then_some("done"));
    let copy_label = if copied { "Copied \u{2713}" } else { "Copy" };
    let summary = state.summary_line();
    let all_off = state.policy().redacts_nothing();
    let patterns = rules.pattern_plurals();
    let patterns = (!patterns.is_empty()).then(|| {
        html! {
            <p class="policy-patterns" data-testid="patterns">
                { "Also hidden, by your policy: " }{ patterns.join(", ") }
            </p>
        }
    });
    let undo_title = state.can_undo().map_or_else(
        || "Nothing to undo".to_owned(),
        |c| format!("Undo: {c} (Ctrl+Z)"),
    );
    let redo_title = state.can_redo().map_or_else(
        || "Nothing to redo".to_owned(),
        |c| format!("Redo: {c} (Ctrl+Shift+Z)"),
    );
    let timing = state.redact_ms().filter(|_| has_text).map(|ms| {
        html! {
            <span class="timing" data-testid="timing"
                data-core-ms={format!("{ms:.3}")}>
                { if ms < 0.1 {
                    "Redacted in under 0.1 ms on this device".to_owned()
                } else {
                    format!("Redacted in {ms:.1} ms on this device")
                } }
            </span>
        }
    });
    let message = rules.message().map(|m| {
        html! { <p class="policy-message" data-testid="policy-message">{ m }</p> }
    });

    html! {
        <div
            class={classes!("app", dragging.then_some("dragging"))}
            ondragover={on_drag_over}
            ondragleave={on_drag_leave}
            ondrop={on_drop}
        >
            <a class="skip-link" href="#input" onclick={on_skip}>
                { "Skip to the text to redact" }
            </a>
            <header class="masthead">
                <div class="brand">
                    <span class="logo" aria-hidden="true"></span>
                    <h1>{ "Hush" }</h1>
                </div>
                <p class="tagline">
                    { "Redact card numbers, SSNs, CVVs and expiry dates \
                       before you paste. Your text never leaves this page." }
                </p>
                <p class="policy" data-testid="policy">
                    { "Policy: " }<strong>{ rules.title() }</strong>
                </p>
                { message.unwrap_or_default() }
            </header>

            <section class="settings" aria-label="Settings">
                <KindToggles kinds={settings.kinds} locked={rules.locked_kinds()}
                    {on_toggle_kind} />
                <StylePicker style={settings.style} locked={rules.style_locked()}
                    on_change={on_style} />
                { patterns.unwrap_or_default() }
                if all_off {
                    <p class="warning" data-testid="all-off">
                        { "Every kind is off: nothing is being redacted. \
                           This is not remembered after you leave." }
                    </p>
                }
            </section>

            <section class="review-strip" aria-label="Review">
                <p class="summary" data-testid="summary"
                    aria-live="polite" aria-atomic="true">{ summary }</p>
                <div class="review-bar">
                    <button type="button" class="button small"
                        data-testid="undo" onclick={on_undo}
                        disabled={state.can_undo().is_none()}
                        aria-keyshortcuts="Control+Z"
                        title={undo_title}>
                        <span aria-hidden="true">{ "\u{21b6} " }</span>
                        { "Undo" }
                    </button>
                    <button type="button" class="button small"
                        data-testid="redo" onclick={on_redo}
                        disabled={state.can_redo().is_none()}
                        aria-keyshortcuts="Control+Shift+Z Control+Y"
                        title={redo_title}>
                        <span aria-hidden="true">{ "\u{21b7} " }</span>
                        { "Redo" }
                    </button>
                    <button type="button" class="button small"
                        data-testid="redact-selection"
                        onmousedown={keep_selection}
                        onclick={on_redact}
                        disabled={!has_text}
                        aria-keyshortcuts="Control+Shift+H"
                        title="Redact the selected text (Ctrl+Shift+H)">
                        { "Redact selection" }
                    </button>
                </div>
            </section>
            <NoticeBar notice={state.notice().cloned()} {on_dismiss}
                {on_confirm} on_undo={on_undo_notice} />

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
                        id="input"
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

                <section class="pane output-pane" aria-labelledby="output-title">
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
                    <OutputView
                        state={state.clone()}
                        node={output_ref}
                        on_choose={on_press_highlight}
                    />
                    <p class="hint" id="output-help">
                        { "Hover or focus a highlight to see why. Missed \
                           something? Select it here (Shift+arrows) or in the \
                           original and press Redact selection." }
                    </p>
                </section>

                <aside class="pane findings-pane" aria-label="Findings">
                    <FindingsList state={state.clone()} node={findings_ref}
                        {on_toggle} on_choose={on_choose_item} {on_step} />
                </aside>
            </main>

            <footer class="footer">
                <span>
                    { "Runs entirely in your browser: no text is sent, \
                       stored or logged." }
                </span>
                <span class="shortcuts">
                    { "Shortcuts: Ctrl+Z undo \u{b7} Ctrl+Shift+Z redo \u{b7} \
                       Ctrl+Shift+H redact selection \u{b7} F8 / Shift+F8 \
                       next / previous finding" }
                </span>
                { timing.unwrap_or_default() }
                <span class="version" data-testid="version">
                    { release::footer_line(rules.label()) }
                </span>
            </footer>
        </div>
    }
}

/// Props of [`Stopped`].
#[derive(Properties, PartialEq)]
pub struct StoppedProps {
    /// What is wrong, for the administrator.
    pub problem: String,
}

/// The page when the app refuses to start: the policy could not be read,
/// so nothing is redacted with weaker rules and there is no input at all.
#[component]
pub fn Stopped(props: &StoppedProps) -> Html {
    use_effect_with((), |_| {
        if let Some(root) = browser::document().document_element() {
            let _ = root.set_attribute("data-stopped", "");
        }
    });
    html! {
        <div class="app stopped">
            <header class="masthead">
                <div class="brand">
                    <span class="logo" aria-hidden="true"></span>
                    <h1>{ "Hush" }</h1>
                </div>
            </header>
            <main>
                <div class="stopped-box" role="alert" data-testid="stopped">
                    <h2>{ "Hush cannot start: the redaction policy is not usable" }</h2>
                    <p class="problem" data-testid="problem">{ &props.problem }</p>
                    <p>
                        { "Nothing can be redacted until this is fixed, so \
                           that no text is redacted with weaker rules than \
                           your organisation set. Please tell your \
                           administrator." }
                    </p>
                </div>
            </main>
        </div>
    }
}
