// Installs Hush for offline use and says when a new release is ready.
//
// Once the page has loaded, this registers the service worker (sw.js,
// written at build time from static/sw.js), which keeps a copy of this
// release so that the page opens and works without a network. When a new
// release is deployed, the browser fetches the new sw.js (on the next visit,
// or at the hourly check below while the page stays open), the new worker
// stores the new release beside the old one, and this script shows a notice,
// once, with a Reload button. Nothing changes until the person clicks it:
// then the new worker takes over (deleting the old release) and the page
// reloads, from the new release only.
//
// It sends the worker two fixed words ("version", "skip-waiting"), never
// any text. Under the page's Trusted Types policy, the worker's URL must be
// a TrustedScriptURL: the one policy the CSP allows, "hush-sw", makes
// exactly one, for "sw.js".

const WORKER = "sw.js";
const CHECK_EVERY_MS = 60 * 60 * 1000;

function workerUrl() {
  if (!window.trustedTypes) return WORKER;
  const policy = window.trustedTypes.createPolicy("hush-sw", {
    createScriptURL(url) {
      if (url !== WORKER) throw new TypeError("hush: not the service worker");
      return url;
    },
  });
  return policy.createScriptURL(WORKER);
}

/** Asks a worker which release it carries; resolves to its version or "". */
function versionOf(worker) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(""), 3000);
    channel.port1.onmessage = (e) => {
      clearTimeout(timer);
      resolve(typeof e.data?.version === "string" ? e.data.version : "");
    };
    worker.postMessage("version", [channel.port2]);
  });
}

let offered = false;

/** Shows the update notice (once per page) for a waiting worker. */
async function offer(registration) {
  if (offered) return;
  offered = true;
  const box = document.getElementById("update");
  if (!box) return;
  const version = registration.waiting ? await versionOf(registration.waiting) : "";
  const text = document.createElement("span");
  text.textContent = `${version ? `Hush ${version}` : "A new version of Hush"} is available. ` +
    "Reloading clears the text on this page.";
  const reload = document.createElement("button");
  reload.type = "button";
  reload.className = "button primary";
  reload.textContent = "Reload";
  reload.dataset.testid = "update-reload";
  const later = document.createElement("button");
  later.type = "button";
  later.className = "button";
  later.textContent = "Not now";
  reload.addEventListener("click", () => {
    reload.disabled = true;
    const waiting = registration.waiting;
    if (!waiting) {
      location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), {
      once: true,
    });
    waiting.postMessage("skip-waiting");
  });
  later.addEventListener("click", () => box.replaceChildren());
  box.replaceChildren(text, reload, later);
}

/** Offers the update when a new worker has installed beside the current one. */
function watch(registration) {
  const check = () => {
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration);
  };
  check();
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed") check();
    });
  });
  setInterval(() => registration.update().catch(() => undefined), CHECK_EVERY_MS);
}

async function register() {
  try {
    const registration = await navigator.serviceWorker.register(workerUrl(), {
      scope: "./",
      updateViaCache: "none",
    });
    watch(registration);
  } catch {
    // No offline copy (a private window, a browser setting, plain http):
    // the page works as before, online. Say nothing: the error holds no
    // text, but there is nothing for the person to do.
  }
}

if ("serviceWorker" in navigator) {
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
