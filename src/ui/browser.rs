//! The few browser APIs the app uses (storage, clipboard, download, files,
//! timing, selection, focus, timers, key listeners), each behind a small
//! function that fails softly.
//!
//! Nothing here logs, stores or sends the text: the clipboard is written
//! only from [`write_clipboard`], which only the Copy button calls, and the
//! only thing saved in `localStorage` is the settings string.

use std::ops::Range;

use js_sys::Reflect;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, Document, Element, File, HtmlAnchorElement,
    HtmlElement, HtmlTextAreaElement, Storage, Url, Window,
};

use super::state::review::utf16_to_byte;
use super::state::{
    SETTINGS_KEY, Saved, Settings, decode_settings, encode_settings,
};

/// The page's window. The app only ever runs in one.
pub fn window() -> Window {
    web_sys::window().expect("the app runs in a browser window")
}

/// The page's document.
pub fn document() -> Document {
    window().document().expect("the window has a document")
}

fn local_storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

/// The saved settings (nothing if there are none or storage is blocked).
pub fn load_settings() -> Saved {
    local_storage()
        .and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten())
        .map(|v| decode_settings(&v))
        .unwrap_or_default()
}

/// Saves the settings; does nothing if storage is blocked. A choice of no
/// kind at all is not saved (see [`encode_settings`]).
pub fn save_settings(settings: &Settings) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(SETTINGS_KEY, &encode_settings(settings));
    }
}

/// Puts `text` on the clipboard. Returns false if the browser has no
/// clipboard API here (an insecure origin) or refuses.
pub async fn write_clipboard(text: &str) -> bool {
    let navigator = window().navigator();
    let has_clipboard =
        js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
            .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text)).await.is_ok()
}

/// Selects the contents of `element`, so that Ctrl+C copies them.
pub fn select_contents(element: &web_sys::Element) {
    if let Ok(Some(selection)) = window().get_selection() {
        let _ = selection.select_all_children(element);
    }
}

/// Saves `text` as a UTF-8 text file called `name` through the browser's
/// download. The object URL lives a few seconds and never leaves the page.
pub fn download(text: &str, name: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    download_blob(&blob, name)
}

/// Puts a big redacted text, held by the browser as a Blob, on the
/// clipboard without copying it into the page's memory (a `ClipboardItem`;
/// where there is none, as a string). Returns false if the browser refuses.
pub async fn write_clipboard_blob(blob: &Blob) -> bool {
    let navigator = window().navigator();
    let Ok(clipboard) = Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let item = Reflect::get(&window(), &"ClipboardItem".into())
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok());
    let written = match item {
        Some(ctor) => (|| {
            let parts = js_sys::Object::new();
            Reflect::set(&parts, &"text/plain".into(), blob)?;
            let item = Reflect::construct(&ctor, &js_sys::Array::of1(&parts))?;
            call(&clipboard, "write", &js_sys::Array::of1(&item).into())
        })(),
        None => match JsFuture::from(blob.text()).await {
            Ok(text) => call(&clipboard, "writeText", &text),
            Err(e) => Err(e),
        },
    };
    match written.and_then(|p| p.dyn_into::<js_sys::Promise>()) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Calls `target.name(arg)`.
fn call(
    target: &JsValue,
    name: &str,
    arg: &JsValue,
) -> Result<JsValue, JsValue> {
    let f: js_sys::Function =
        Reflect::get(target, &name.into())?.dyn_into()?;
    f.call1(target, arg)
}

/// Saves a big redacted text, held by the browser as a Blob, as the file
/// `name`.
pub fn download_blob(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let anchor: HtmlAnchorElement =
        document().create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    window().set_timeout_with_callback_and_timeout_and_arguments_0(
        revoke.unchecked_ref(),
        10_000,
    )?;
    Ok(())
}

/// The text area's value as the browser's string, not yet copied into the
/// page's memory (a big one never is).
pub fn value_of(area: &HtmlTextAreaElement) -> JsValue {
    Reflect::get(area, &"value".into()).unwrap_or_default()
}

/// What the text area would hold after the paste `e` (the pasted text in
/// place of the selection), as the browser's string, and its length in
/// UTF-16 units; `None` if the paste has no text.
pub fn pasted_into(
    e: &web_sys::Event,
    area: &HtmlTextAreaElement,
) -> Option<(JsValue, u32)> {
    let data = Reflect::get(e, &"clipboardData".into()).ok()?;
    if data.is_null() || data.is_undefined() {
        return None;
    }
    let pasted: js_sys::JsString =
        call(&data, "getData", &"text/plain".into()).ok()?.dyn_into().ok()?;
    let value: js_sys::JsString = value_of(area).dyn_into().ok()?;
    let len = value.length();
    let start = area.selection_start().ok().flatten().unwrap_or(len).min(len);
    let end =
        area.selection_end().ok().flatten().unwrap_or(len).clamp(start, len);
    let all =
        value.slice(0, start).concat(&pasted).concat(&value.slice(end, len));
    let n = all.length();
    Some((all.into(), n))
}

/// Says on `<html data-scanning>` whether the scan worker is scanning the
/// text, for the end-to-end tests and the benchmark.
pub fn mark_scanning(running: bool) {
    if let Some(root) = document().document_element() {
        let _ = if running {
            root.set_attribute("data-scanning", "")
        } else {
            root.remove_attribute("data-scanning")
        };
    }
}

/// Reads a file's bytes.
pub async fn read_file(file: &File) -> Result<Vec<u8>, JsValue> {
    let buffer = JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Milliseconds since the page started, for timing the core.
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Marks the moment the app became usable: a `performance` mark named
/// `hush-interactive` and a `data-ready` attribute on `<html>`, which the
/// benchmark and the end-to-end tests wait for.
pub fn mark_interactive() {
    if let Some(p) = window().performance() {
        let _ = p.mark("hush-interactive");
    }
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-ready", "");
    }
}

/// Writes how long the last render took (ms) on `<html data-render-ms>`,
/// for the benchmark.
pub fn note_render_time(ms: f64) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-render-ms", &format!("{ms:.3}"));
    }
}

/// Fails closed after a panic: empties the output, disables the buttons
/// that would copy or save it, and shows the page's error banner. It logs
/// a fixed sentence and never the panic's message, which may quote the
/// text (a slicing panic does). `static/boot.js` does the same for an
/// abort that never reaches Rust's panic hook (an out-of-memory trap), and
/// from then on blocks every action on the page.
pub fn fail_closed() {
    web_sys::console::error_1(&JsValue::from_str(
        "hush: internal error; the output was hidden",
    ));
    let doc = document();
    if let Some(root) = doc.document_element() {
        let _ = root.set_attribute("data-failed", "");
    }
    if let Ok(outputs) = doc.query_selector_all("[data-testid=output]") {
        for i in 0..outputs.length() {
            if let Some(output) = outputs.item(i) {
                output.set_text_content(None);
            }
        }
    }
    if let Ok(buttons) = doc.query_selector_all("[data-needs-output]") {
        for i in 0..buttons.length() {
            if let Some(el) = buttons.item(i).and_then(|n| n.dyn_into().ok()) {
                let el: web_sys::Element = el;
                let _ = el.set_attribute("disabled", "");
            }
        }
    }
    if let Some(banner) = doc.get_element_by_id("fatal") {
        let _ = banner.remove_attribute("hidden");
    }
}

/// Calls `f` once after `ms` milliseconds.
pub fn set_timeout(ms: i32, f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
        f.unchecked_ref(),
        ms,
    );
}

/// The selected bytes of the output, if the page's selection lies (at
/// least partly) in `output` and is not empty. `text` is the output's
/// text, which the element shows exactly.
pub fn output_selection(output: &Element, text: &str) -> Option<Range<usize>> {
    let selection = window().get_selection().ok()??;
    if selection.range_count() == 0 || selection.is_collapsed() {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    if !range.intersects_node(output).ok()? {
        return None;
    }
    let doc = document();
    let before = doc.create_range().ok()?;
    before.set_start(output, 0).ok()?;
    let start = range.start_container().ok()?;
    if output.contains(Some(&start)) {
        before.set_end(&start, range.start_offset().ok()?).ok()?;
    } else {
        before.set_end(output, 0).ok()?;
    }
    let from = String::from(before.to_string()).encode_utf16().count();
    let upto = doc.create_range().ok()?;
    upto.set_start(output, 0).ok()?;
    let end = range.end_container().ok()?;
    if output.contains(Some(&end)) {
        upto.set_end(&end, range.end_offset().ok()?).ok()?;
    } else {
        upto.set_end(output, output.child_nodes().length()).ok()?;
    }
    let to = String::from(upto.to_string()).encode_utf16().count();
    let range = utf16_to_byte(text, from)..utf16_to_byte(text, to);
    (range.start < range.end).then_some(range)
}

/// The selected bytes of the text area, if any. `text` is its value.
pub fn textarea_selection(
    area: &HtmlTextAreaElement,
    text: &str,
) -> Option<Range<usize>> {
    let start = area.selection_start().ok()??;
    let end = area.selection_end().ok()??;
    let range =
        utf16_to_byte(text, start as usize)..utf16_to_byte(text, end as usize);
    (range.start < range.end).then_some(range)
}

/// Returns true if the page's selection is a non-empty one inside
/// `output`.
pub fn selection_in(output: &Element) -> bool {
    window().get_selection().ok().flatten().is_some_and(|s| {
        !s.is_collapsed()
            && s.anchor_node().is_some_and(|n| output.contains(Some(&n)))
    })
}

/// Empties the page's selection.
pub fn clear_selection() {
    if let Ok(Some(selection)) = window().get_selection() {
        let _ = selection.remove_all_ranges();
    }
}

/// Extends (or starts, at `from` or the start of `output`) the page's
/// selection inside `output` by one step, as Shift+arrow keys do in text:
/// `direction` is `forward`, `backward`, `left`, `right`; `granularity`
/// `character`, `word`, `line`, `lineboundary`. This gives keyboard
/// selection in the read-only output without caret browsing.
pub fn extend_selection(
    output: &Element,
    from: Option<&Element>,
    direction: &str,
    granularity: &str,
) {
    let Ok(Some(selection)) = window().get_selection() else {
        return;
    };
    let inside =
        selection.focus_node().is_some_and(|n| output.contains(Some(&n)));
    if !inside {
        let start: &Element = from.unwrap_or(output);
        let _ = selection.collapse_with_offset(Some(start), 0);
    }
    let _ = selection.modify("extend", direction, granularity);
}

/// The element of the first part of finding `i` in `output`.
pub fn finding_element(output: &Element, i: usize) -> Option<HtmlElement> {
    output
        .query_selector(&format!("[data-finding=\"{i}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// Scrolls `output` (only it, not the page) so that finding `i` is in
/// view, a little below the top.
pub fn reveal_in(output: &Element, i: usize) {
    let Some(mark) = finding_element(output, i) else {
        return;
    };
    let top = mark.get_bounding_client_rect().top()
        - output.get_bounding_client_rect().top();
    let height = f64::from(output.client_height());
    if top < 0.0 || top > height - 24.0 {
        let target = f64::from(output.scroll_top()) + top - height / 4.0;
        output.set_scroll_top(target.max(0.0) as i32);
    }
}

/// Moves the keyboard focus to finding `i`, scrolling it into view.
pub fn focus_finding(output: &Element, i: usize) {
    reveal_in(output, i);
    if let Some(mark) = finding_element(output, i) {
        let _ = mark.focus();
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        mark.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}

/// Places `tip` under `anchor`, inside `container` (which is its
/// positioned parent), never past the container's right edge.
pub fn place_tip(tip: &HtmlElement, anchor: &Element, container: &Element) {
    let a = anchor.get_bounding_client_rect();
    let c = container.get_bounding_client_rect();
    let width = f64::from(tip.offset_width());
    let max_left = (c.width() - width - 4.0).max(0.0);
    let left = (a.left() - c.left()).clamp(0.0, max_left);
    let top = a.bottom() - c.top() + 6.0;
    let style = tip.style();
    let _ = style.set_property("left", &format!("{left:.0}px"));
    let _ = style.set_property("top", &format!("{top:.0}px"));
}

/// A listener on the document, removed when dropped.
pub struct Listener {
    kind: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    /// Listens for `kind` events on the document.
    pub fn on_document(
        kind: &'static str,
        f: impl FnMut(web_sys::Event) + 'static,
    ) -> Listener {
        let closure =
            Closure::wrap(Box::new(f) as Box<dyn FnMut(web_sys::Event)>);
        let _ = document().add_event_listener_with_callback(
            kind,
            closure.as_ref().unchecked_ref(),
        );
        Listener { kind, closure }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = document().remove_event_listener_with_callback(
            self.kind,
            self.closure.as_ref().unchecked_ref(),
        );
    }
}

/// The element that has the keyboard focus, if any but the body.
pub fn active_element() -> Option<Element> {
    document().active_element()
}

/// What the page's loader (`static/boot.js`) found at `policy.toml`: it
/// starts that request before the app's code loads, and the app waits for
/// it before it becomes interactive. `None` when the loader did not ask
/// (the browser tests mount the app directly).
pub async fn policy_response() -> Option<super::site::Fetched> {
    let key = JsValue::from_str("hushPolicy");
    let promise = js_sys::Reflect::get(&window(), &key).ok()?;
    let promise: js_sys::Promise = promise.dyn_into().ok()?;
    let value = JsFuture::from(promise).await.ok()?;
    let get = |name: &str| {
        js_sys::Reflect::get(&value, &JsValue::from_str(name)).ok()
    };
    let status = get("status").and_then(|v| v.as_f64()).unwrap_or(0.0);
    Some(super::site::Fetched {
        status: status as u16,
        content_type: get("type").and_then(|v| v.as_string()),
        body: get("text").and_then(|v| v.as_string()),
    })
}
