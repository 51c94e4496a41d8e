//! The few browser APIs the app uses (storage, clipboard, download, files,
//! timing), each behind a small function that fails softly.
//!
//! Nothing here logs, stores or sends the text: the clipboard is written
//! only from [`write_clipboard`], which only the Copy button calls, and the
//! only thing saved in `localStorage` is the settings string.

use hush::Policy;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, Document, File, HtmlAnchorElement, Storage, Url,
    Window,
};

use super::state::{SETTINGS_KEY, decode_settings, encode_settings};

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

/// The saved settings, or the defaults if there are none or storage is
/// blocked.
pub fn load_settings() -> Policy {
    local_storage()
        .and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten())
        .map(|v| decode_settings(&v))
        .unwrap_or_default()
}

/// Saves the settings; does nothing if storage is blocked.
pub fn save_settings(policy: &Policy) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(SETTINGS_KEY, &encode_settings(policy));
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
    let url = Url::create_object_url_with_blob(&blob)?;
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
/// text (a slicing panic does).
pub fn fail_closed() {
    web_sys::console::error_1(&JsValue::from_str(
        "hush: internal error; the output was hidden",
    ));
    let doc = document();
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
