// Starts the app. Trunk writes the hashed names of the wasm-bindgen module
// and the wasm file into this script tag's data attributes; loading them
// from this file instead of an inline script keeps the page's
// Content-Security-Policy free of 'unsafe-inline'.
//
// Two more jobs, both before the app's code runs:
//
// - Fail closed on any abort. Rust's panic hook hides the output, but an
//   out-of-memory abort or any other trap of the wasm module (a
//   WebAssembly.RuntimeError) never reaches it: it surfaces here as an
//   uncaught error. Then the app is hidden, its output emptied, Copy and
//   Download disabled, and from then on every click, key and clipboard
//   event on the page is stopped before the app can see it. The error
//   itself is not logged: its message could quote the text.
//
// - Ask the page's own origin for the deployment's policy.toml, once, in
//   parallel with loading the app; the app waits for the answer before it
//   becomes interactive (src/ui/site.rs decides what the answer means).
const root = document.documentElement;
let failed = false;

function failClosed() {
  if (!failed) {
    failed = true;
    console.error("hush: internal error; the output was hidden");
  }
  root.setAttribute("data-failed", "");
  for (const el of document.querySelectorAll("[data-testid=output]")) {
    el.textContent = "";
  }
  for (const el of document.querySelectorAll("[data-needs-output]")) {
    el.setAttribute("disabled", "");
  }
  document.getElementById("fatal")?.removeAttribute("hidden");
}

const isFailed = () => failed || root.hasAttribute("data-failed");
for (const type of [
  "click", "auxclick", "dblclick", "mousedown", "keydown", "keyup",
  "beforeinput", "input", "paste", "cut", "copy", "drop", "dragover",
  "change", "submit", "focusin",
]) {
  window.addEventListener(type, (e) => {
    if (isFailed()) {
      e.stopImmediatePropagation();
      // Keys keep their browser meaning (F5 still reloads).
      if (!type.startsWith("key")) e.preventDefault();
    }
  }, true);
}
window.addEventListener("error", (e) => {
  e.preventDefault();
  failClosed();
});
window.addEventListener("unhandledrejection", (e) => {
  e.preventDefault();
  failClosed();
});

// Read by the app (src/ui/browser.rs, policy_response): the status, the
// content type and the text of policy.toml; status 0 if the request failed.
window.hushPolicy = fetch("policy.toml", {
  cache: "no-cache",
  credentials: "same-origin",
}).then(
  async (r) => ({
    status: r.status,
    type: r.headers.get("content-type") ?? "",
    text: r.ok ? await r.text() : "",
  }),
).catch(() => ({ status: 0 }));

const tag = document.querySelector("script[data-js][data-wasm]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
