//! The web app: a Yew front end over the core, compiled to WebAssembly by
//! Trunk. It is part of the `hush-web` binary, not of the library.
//!
//! [`state`], [`site`], [`release`] and [`file`](mod@file) are plain Rust
//! and are tested natively; the rest uses the browser and exists only on
//! `wasm32`. The same module also runs in the scan worker, a Web Worker
//! that scans long texts off the page's thread: `worker` is its side,
//! `scan` the page's. The view slices the input with the core's UTF-8 byte offsets
//! and hands whole strings to the DOM; the only UTF-16 offsets are the
//! browser's selection offsets, converted once by
//! `state::review::utf16_to_byte`.

// On the native target only the tests use the state; its UI glue exists
// only on wasm32.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

pub mod file;
pub mod release;
pub mod site;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod scan;
#[cfg(all(test, target_arch = "wasm32"))]
mod web_tests;
#[cfg(target_arch = "wasm32")]
pub mod worker;

/// Starts the app in the page's `<body>`, once the deployment's policy is
/// known (see [`site`]): the app under that policy, or a page that says
/// why it will not start.
///
/// A panic anywhere in the app hides the output and shows an error (see
/// [`browser::fail_closed`]): Yew's default hook would log the panic
/// message, which can quote the text.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // In the scan worker the module only answers the worker's calls
    // (`worker`): there is no page to start.
    if web_sys::window().is_none() {
        return;
    }
    use std::rc::Rc;

    yew::set_custom_panic_hook(Box::new(|_| browser::fail_closed()));
    wasm_bindgen_futures::spawn_local(async {
        let rules = match browser::policy_response().await {
            Some(fetched) => site::rules_from(&fetched),
            None => Ok(state::Rules::default()),
        };
        let root = browser::document()
            .get_element_by_id("app")
            .expect("index.html has an element with id app");
        match rules {
            Ok(rules) => {
                let props = app::AppProps { rules: Rc::new(rules) };
                yew::Renderer::<app::App>::with_root_and_props(root, props)
                    .render();
            }
            Err(problem) => {
                let props = app::StoppedProps { problem: problem.to_string() };
                yew::Renderer::<app::Stopped>::with_root_and_props(
                    root, props,
                )
                .render();
            }
        }
    });
}
