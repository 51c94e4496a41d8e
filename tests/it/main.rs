//! The one integration-test binary: data-driven detection cases, the public
//! labelled corpus, property tests, the view of JSON exports and the
//! command-line tool.

mod cases;
#[cfg(not(target_arch = "wasm32"))]
mod cli;
mod corpus;
#[cfg(not(target_arch = "wasm32"))]
mod incremental;
#[cfg(not(target_arch = "wasm32"))]
mod misheard;
#[cfg(not(target_arch = "wasm32"))]
mod pieces;
#[cfg(not(target_arch = "wasm32"))]
mod props;
mod score;
#[cfg(not(target_arch = "wasm32"))]
mod spoken;
#[cfg(not(target_arch = "wasm32"))]
mod view;
