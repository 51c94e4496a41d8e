//! The web app: a Yew front end over the core, compiled to WebAssembly by
//! Trunk. It is part of the `hush-web` binary, not of the library.
//!
//! [`state`], [`file`](mod@file) and [`release`] are plain Rust and are
//! tested natively; the rest uses the browser and exists only on `wasm32`.
//! The view slices the input with the core's UTF-8 byte offsets and hands
//! whole strings to the DOM, so no offset ever needs converting to UTF-16.

// On the native target only the tests use the state; its UI glue exists
// only on wasm32.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

pub mod file;
pub mod release;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(all(test, target_arch = "wasm32"))]
mod web_tests;

/// Starts the app in the page's `<body>`.
///
/// A panic anywhere in the app hides the output and shows an error (see
/// [`browser::fail_closed`]): Yew's default hook would log the panic
/// message, which can quote the text.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    yew::set_custom_panic_hook(Box::new(|_| browser::fail_closed()));
    let root = browser::document()
        .get_element_by_id("app")
        .expect("index.html has an element with id app");
    yew::Renderer::<app::App>::with_root(root).render();
}
