//! Browser tests of the app, run by `cargo test --target
//! wasm32-unknown-unknown --bin hush-web` in headless Chromium through
//! `wasm-bindgen-test-runner` and chromedriver.
//!
//! A few behavioural checks only, with a small vocabulary: `open_app`,
//! `type_text`, `output`. The end-to-end suite in `e2e/` covers the rest.

use std::cell::Cell;
use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlTextAreaElement, InputEvent, InputEventInit};

use super::app::App;
use super::browser::{self, document};
use super::state::SETTINGS_KEY;

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// Whether a test has the page. The runner interleaves async tests,
    /// and two mounted apps would see each other's DOM.
    static PAGE_TAKEN: Cell<bool> = const { Cell::new(false) };
}

/// The app mounted in a fresh element, removed again on drop.
struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
        PAGE_TAKEN.with(|taken| taken.set(false));
    }
}

/// Lets Yew finish rendering.
async fn settle() {
    yew::platform::time::sleep(Duration::ZERO).await;
}

async fn open_app() -> Mounted {
    while PAGE_TAKEN.with(|taken| taken.replace(true)) {
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    Mounted { root, handle: Some(handle) }
}

fn find(app: &Mounted, selector: &str) -> Element {
    app.root
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
}

async fn type_text(app: &Mounted, text: &str) {
    let area: HtmlTextAreaElement =
        find(app, "[data-testid=input]").dyn_into().unwrap();
    area.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&event).unwrap();
    settle().await;
}

fn output(app: &Mounted) -> String {
    find(app, "[data-testid=output]").text_content().unwrap_or_default()
}

/// Waits up to a second for Yew to render `want` as the output, then
/// asserts it.
async fn see_output(app: &Mounted, want: &str) {
    for _ in 0..100 {
        if output(app) == want {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(output(app), want);
}

#[wasm_bindgen_test]
async fn typing_redacts_live() {
    let app = open_app().await;
    see_output(&app, "").await;
    type_text(&app, "card 4111 1111 1111 1111 exp 09/27").await;
    see_output(&app, "card [CARD] exp [EXPIRY]").await;
    type_text(&app, "no secrets here").await;
    see_output(&app, "no secrets here").await;
}

#[wasm_bindgen_test]
async fn a_panic_hides_the_output_and_disables_copy() {
    let app = open_app().await;
    let banner = document().create_element("div").unwrap();
    banner.set_id("fatal");
    banner.set_attribute("hidden", "").unwrap();
    document().body().unwrap().append_child(&banner).unwrap();
    type_text(&app, "plain text").await;
    see_output(&app, "plain text").await;

    browser::fail_closed();

    assert_eq!(output(&app), "");
    let copy = find(&app, "[data-testid=copy]");
    assert!(copy.has_attribute("disabled"));
    assert!(find(&app, "[data-testid=download]").has_attribute("disabled"));
    assert!(!banner.has_attribute("hidden"));
    banner.remove();
}

#[wasm_bindgen_test]
fn settings_are_saved_and_read_back() {
    let storage = browser::window().local_storage().unwrap().unwrap();
    let policy = hush::Policy {
        style: hush::Style::Mask,
        kinds: hush::KindSet::ALL.without(hush::Kind::Cvv),
        ..hush::Policy::default()
    };
    browser::save_settings(&policy);
    assert_eq!(browser::load_settings(), policy);
    storage.set_item(SETTINGS_KEY, "damaged").unwrap();
    assert_eq!(browser::load_settings(), hush::Policy::default());
    storage.remove_item(SETTINGS_KEY).unwrap();
}
