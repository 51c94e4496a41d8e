//! The web app's entry point: `trunk build` compiles this binary to
//! WebAssembly and `index.html` loads it (`data-bin="hush-web"`). The app
//! itself is in `src/ui/`.
//!
//! Built natively it only says how to run the app, but `cargo test` runs
//! the unit tests of the app's state here.

#[path = "../ui/mod.rs"]
mod ui;

#[cfg(target_arch = "wasm32")]
fn main() {
    ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::print_stderr)]
fn main() {
    eprintln!(
        "hush-web is the browser app: run `scripts/serve.sh` and open the \
         address it prints, or use the `hush` command-line tool"
    );
}
