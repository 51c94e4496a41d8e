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

// The scan worker (static/scan-worker.js): long texts are redacted there,
// off this thread. The page compiles the module once and hands it to each
// worker it starts (src/ui/scan.rs calls window.hushScanWorker), so the
// worker fetches only its script and the module's glue. Under Trusted
// Types its URL must be a TrustedScriptURL: the policy "hush-scan" makes
// exactly one, for "scan-worker.js".
const SCAN_WORKER = "scan-worker.js";
let scanPolicy = null;

function scanWorkerUrl() {
  if (!window.trustedTypes) return SCAN_WORKER;
  scanPolicy ??= window.trustedTypes.createPolicy("hush-scan", {
    createScriptURL(url) {
      if (url !== SCAN_WORKER) throw new TypeError("hush: not the scan worker");
      return url;
    },
  });
  return scanPolicy.createScriptURL(SCAN_WORKER);
}

async function compile(url) {
  const response = await fetch(url);
  try {
    return await WebAssembly.compileStreaming(response.clone());
  } catch {
    // A server that sends the module with another type than
    // application/wasm: compile it from its bytes.
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

const tag = document.querySelector("script[data-js][data-wasm]");
const glue = new URL(tag.dataset.js, document.baseURI).href;
const [{ default: init }, module] = await Promise.all([
  import(glue),
  compile(tag.dataset.wasm),
]);
window.hushScanWorker = () => {
  const worker = new Worker(scanWorkerUrl(), { type: "module", name: "hush-scan" });
  worker.postMessage({ init: { js: glue, module } });
  return worker;
};
await init({ module_or_path: module });
