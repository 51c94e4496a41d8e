//! The app: the page layout, the keyboard shortcuts and the handlers that
//! turn a person's actions into [`Action`]s.
//!
//! The state logic is in [`crate::ui::state`]; this file only wires it to
//! the DOM. A short text is scanned inside the reducer, synchronously, on
//! every keystroke; a longer one by the scan worker ([`ScanClient`]), which
//! the state asks for through [`State::job`]. A text too big to edit
//! (opened, pasted or dropped) never enters the page's memory: the worker
//! gets the file or the browser's string, and the page shows a summary,
//! the first part of the text and of its redacted text, the first
//! findings, and Copy and Download of the whole result.
//!
//! Shortcuts (also on the buttons' `aria-keyshortcuts`): Ctrl+Z and
//! Ctrl+Shift+Z (or Ctrl+Y) undo and redo the review (⌘ on a Mac; in the
//! input they stay the text area's own undo, except right after Clear or
//! Open file); Ctrl+Shift+H redacts the selection; F8 and Shift+F8 go to
//! the next and previous finding; Escape hides the message.

use std::cell::RefCell;
use std::rc::Rc;

use hush::{Kind, Style};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::{
    Element, File, HtmlElement, HtmlInputElement, HtmlTextAreaElement,
};
use yew::prelude::*;

use crate::ui::browser::{self, Listener};
use crate::ui::components::{
    FindingsList, KindToggles, NoticeBar, OutputView, StylePicker,
};
use crate::ui::file::{ACCEPT, EDIT_MAX_BYTES, FileError, MAX_INPUT_BYTES};
use crate::ui::release;
use crate::ui::scan::{ScanClient, Source};
use crate::ui::state::{
    self, Action, BIG_HEAD_BYTES, DOWNLOAD_NAME, Export, FindingId, Rules,
    Selected, State, Work, size,
};

/// Texts from this many bytes on show the scan's progress and Cancel
/// while the worker scans them (shorter ones take a moment).
const PROGRESS_FROM_BYTES: usize = 256 * 1024;

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
    client: Rc<ScanClient>,
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
        if !state.can_export() {
            return;
        }
        let (text, rev) = (state.output().text.clone(), state.rev());
        let blob = state.big().and(self.client.blob(state.job_id()));
        if state.big().is_some() && blob.is_none() {
            return;
        }
        let dispatch = dispatch.clone();
        let output = self.output();
        spawn_local(async move {
            let written = match &blob {
                Some(blob) => browser::write_clipboard_blob(blob).await,
                None => browser::write_clipboard(&text).await,
            };
            if written {
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
        if !state.can_export() {
            return;
        }
        let saved = match state.big() {
            Some(_) => match self.client.blob(state.job_id()) {
                Some(blob) => browser::download_blob(&blob, DOWNLOAD_NAME),
                None => return,
            },
            None => browser::download(&state.output().text, DOWNLOAD_NAME),
        };
        if saved.is_ok() {
            dispatch.dispatch(Action::Downloaded { rev: state.rev() });
        }
    }
}

/// Reads a file into the input, hands a big one to the scan worker, or
/// refuses it.
fn open_file(
    file: File,
    client: &ScanClient,
    dispatch: UseReducerDispatcher<Store>,
) {
    let name = file.name();
    if file.size() > MAX_INPUT_BYTES as f64 {
        let why = FileError::TooLarge;
        dispatch.dispatch(Action::Reject { name, why });
        return;
    }
    if file.size() > EDIT_MAX_BYTES as f64 {
        client.set_source(Some(Source::File(file)));
        dispatch.dispatch(Action::OpenBig { name: Some(name) });
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

/// The name a refused paste is given in the message.
const PASTED: &str = "the pasted text";

/// Takes a text too big to edit (`value`, the browser's string, of `len`
/// UTF-16 units) as a big text, or refuses it; returns false if it is
/// small enough for the input.
fn take_big(
    value: &JsValue,
    len: u32,
    client: &ScanClient,
    dispatch: &UseReducerDispatcher<Store>,
) -> bool {
    let len = len as usize;
    if len <= EDIT_MAX_BYTES {
        return false;
    }
    if len > MAX_INPUT_BYTES {
        let why = FileError::TooLarge;
        dispatch.dispatch(Action::Reject { name: PASTED.to_owned(), why });
        return true;
    }
    client.set_source(Some(Source::Text(value.clone())));
    dispatch.dispatch(Action::OpenBig { name: None });
    true
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
    let client = {
        let dispatch = dispatch.clone();
        (*use_state(move || {
            ScanClient::new(Rc::new(move |a| dispatch.dispatch(a)))
        }))
        .clone()
    };
    let refs = Refs {
        input: input_ref.clone(),
        output: output_ref.clone(),
        findings: findings_ref.clone(),
        last_pane: last_pane.clone(),
        latest: latest.clone(),
        client: client.clone(),
    };
    // Hand each new scan to the worker; while it runs, the page says so on
    // <html data-scanning> (for the tests and the benchmark).
    {
        let (client, latest) = (client.clone(), latest.clone());
        use_effect_with(state.job_id(), move |_| {
            let job = latest.borrow().job();
            if let Some(job) = job {
                client.post(&job);
            }
        });
    }
    use_effect_with(matches!(state.work(), Work::Running { .. }), |running| {
        browser::mark_scanning(*running)
    });

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
        let (dispatch, client) = (dispatch.clone(), client.clone());
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let value = browser::value_of(&area);
            if take_big(&value, area.text_length(), &client, &dispatch) {
                area.set_value("");
                return;
            }
            let text = value.as_string().unwrap_or_default();
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
    // A paste too big to edit goes to the worker without ever being put in
    // the text area (which would take seconds to lay it out).
    let on_paste = {
        let (dispatch, client) = (dispatch.clone(), client.clone());
        Callback::from(move |e: Event| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let Some((value, len)) = browser::pasted_into(&e, &area) else {
                return;
            };
            if take_big(&value, len, &client, &dispatch) {
                e.prevent_default();
                area.set_value("");
            }
        })
    };
    let on_cancel = {
        let (dispatch, client) = (dispatch.clone(), client.clone());
        Callback::from(move |_: MouseEvent| {
            client.stop();
            dispatch.dispatch(Action::Cancel);
        })
    };
    let on_retry = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Retry))
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
        let (dispatch, client) = (dispatch.clone(), client.clone());
        let input_ref = input_ref.clone();
        Callback::from(move |_: MouseEvent| {
            client.set_source(None);
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
        let (dispatch, client) = (dispatch.clone(), client.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|l| l.get(0)) {
                open_file(file, &client, dispatch.clone());
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
        let (dispatch, client) = (dispatch.clone(), client.clone());
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
                open_file(file, &client, dispatch.clone());
            }
        })
    };

    let rules = state.rules();
    let has_text = state.has_text();
    let has_output = state.can_export();
    let big = state.big();
    let progress = scan_status(&state, on_cancel, on_retry);
    let input_value: AttrValue = match big {
        Some(big) => big
            .result
            .as_ref()
            .map_or_else(AttrValue::default, |v| v.input_head.clone().into()),
        None => AttrValue::from(state.text().clone()),
    };
    let big_note = big.map(|big| {
        let what = big.name.as_deref().unwrap_or("The pasted text");
        let bytes = big.result.as_ref().map(|v| v.bytes);
        let line = match bytes {
            Some(n) if n > BIG_HEAD_BYTES => format!(
                "{what} is {}: too big to edit here. Its first {} are \
                 shown, read-only; all of it is redacted. Clear to start \
                 again.",
                size(n),
                size(BIG_HEAD_BYTES)
            ),
            Some(n) => format!(
                "{what} is {}: too big to edit here. It is shown \
                 read-only; Clear to start again.",
                size(n)
            ),
            None => format!(
                "{what} is too big to edit here: it is shown \
                             read-only once it is redacted."
            ),
        };
        html! { <p class="big-note" data-testid="big-note">{ line }</p> }
    });
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
                        value={input_value}
                        readonly={big.is_some()}
                        oninput={on_input}
                        onpaste={on_paste}
                        ref={input_ref}
                    />
                    { big_note.unwrap_or_default() }
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
                    { progress }
                    if let Some(big) = big {
                        { big_output(big, output_ref) }
                    } else {
                        <OutputView
                            state={state.clone()}
                            node={output_ref}
                            on_choose={on_press_highlight}
                        />
                    }
                    <p class="hint" id="output-help">
                        { "Hover or focus a highlight to see why. Missed \
                           something? Select it here (Shift+arrows) or in the \
                           original and press Redact selection." }
                    </p>
                </section>

                <aside class="pane findings-pane" aria-label="Findings">
                    if let Some(big) = big {
                        { big_findings(big) }
                    } else {
                        <FindingsList state={state.clone()} node={findings_ref}
                            {on_toggle} on_choose={on_choose_item} {on_step} />
                    }
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

/// The scan's progress with Cancel, or why there is no output (a
/// cancelled or failed scan) with Redact again; nothing when the output is
/// the text's.
fn scan_status(
    state: &State,
    on_cancel: Callback<MouseEvent>,
    on_retry: Callback<MouseEvent>,
) -> Html {
    match *state.work() {
        Work::Running { done, total } => {
            let shown = state.big().is_some()
                || state.text().len() >= PROGRESS_FROM_BYTES;
            if !shown {
                return html! {};
            }
            let line = if total == 0 {
                "Redacting\u{2026}".to_owned()
            } else {
                format!(
                    "Redacting\u{2026} {} of {}",
                    size(done.min(total)),
                    size(total)
                )
            };
            html! {
                <div class="scan-status" data-testid="scan-status">
                    <label class="progress-line" for="scan-progress">
                        { line }
                    </label>
                    <progress id="scan-progress" data-testid="progress"
                        max={total.max(1).to_string()}
                        value={done.min(total).to_string()}
                        data-done={done.to_string()}
                        data-total={total.to_string()}></progress>
                    <button type="button" class="button small"
                        data-testid="cancel" onclick={on_cancel}>
                        { "Cancel" }
                    </button>
                </div>
            }
        }
        Work::Cancelled | Work::Failed => {
            let line = if *state.work() == Work::Cancelled {
                "Cancelled: this text is not redacted, so there is nothing \
                 to copy or save."
            } else {
                "Hush could not redact this text (the scan stopped, perhaps \
                 for lack of memory), so nothing is shown and nothing can be \
                 copied or saved."
            };
            html! {
                <div class="scan-status stopped" data-testid="scan-status"
                    role="alert">
                    <p data-testid="scan-stopped">{ line }</p>
                    <button type="button" class="button small"
                        data-testid="retry" onclick={on_retry}>
                        { "Redact again" }
                    </button>
                </div>
            }
        }
        Work::Idle => html! {},
    }
}

/// The redacted big text: its first part, and a note that Copy and
/// Download take all of it.
fn big_output(big: &state::Big, node: NodeRef) -> Html {
    let (head, note) = match &big.result {
        Some(v) if v.output_head.len() < v.bytes => (
            v.output_head.clone(),
            format!(
                "The first {} of the redacted text. Copy and Download take \
                 all of it.",
                size(v.output_head.len())
            ),
        ),
        Some(v) => (v.output_head.clone(), String::new()),
        None => (String::new(), String::new()),
    };
    html! {
        <div class="output-wrap">
            <div class="output big" id="output" data-testid="output"
                role="region" aria-label="Redacted text (first part)"
                aria-describedby="output-help" tabindex="0" ref={node}>
                { head }
            </div>
            if !note.is_empty() {
                <p class="big-note" data-testid="output-note">{ note }</p>
            }
        </div>
    }
}

/// The first findings of a big text, a line each.
fn big_findings(big: &state::Big) -> Html {
    let Some(v) = &big.result else { return html! {} };
    let more = (v.count > v.list.len()).then(|| {
        html! {
            <p class="hint" data-testid="findings-window">
                { format!("Showing the first {} of {}.", v.list.len(), v.count) }
            </p>
        }
    });
    html! {
        <details class="findings-panel" open=true data-testid="findings-panel">
            <summary class="findings-title">
                { "Findings" }
                <span class="count">{ format!(" ({})", v.count) }</span>
            </summary>
            if v.list.is_empty() {
                <p class="hint empty-findings">{ "Nothing found." }</p>
            } else {
                <ol class="findings big" data-testid="findings"
                    aria-label="Findings" tabindex="0">
                    { for v.list.iter().map(|l| html! { <li>{ l }</li> }) }
                </ol>
            }
            { more.unwrap_or_default() }
        </details>
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
