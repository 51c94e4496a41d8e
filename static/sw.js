// Hush's service worker: keeps one release of the app for offline use.
//
// This file is a template. At every `trunk build`, scripts/release-files.mjs
// (a Trunk post_build hook) writes dist/sw.js from it, replacing the marker
// below with the release: its version, an id derived from the files' hashes,
// and every file of dist/ (path, SHA-256). So the list is the build's own,
// never written by hand, and a new release is a new sw.js, which is how the
// browser notices an update.
//
// What it does, and nothing more:
// - install: fetches every file of its release from its own origin, checks
//   each one's SHA-256 against the list, and only if all match stores them in
//   a cache named after the release. A half-deployed server (some files of
//   the next release already there) makes the install fail: the old release
//   stays in charge and the browser tries again later.
// - fetch: answers requests for its release's files from that cache (so the
//   page loads with no network), and the page itself for a navigation to its
//   scope. Everything else goes to the network untouched.
// - policy.toml: network first. Online, the administrator's current file is
//   fetched and returned (a copy is kept; a 404 is kept too, so an absent
//   policy stays absent); only when the network fails is the kept copy used.
// - activate: deletes the caches of every other release (served from the
//   same path), so two releases are never mixed: each worker only ever
//   reads its own cache.
// - message: "skip-waiting" (the page's Reload button) and "version" (the
//   page asks which release this worker carries; the answer goes back on
//   the port sent with it). Nothing else.
//
// It never sees the text: the page sends it nothing but those two words, and
// the page makes no request that carries text. Requests go only to this
// origin; the CSP's connect-src 'self' (sent as a header by the shipped
// server configurations) holds the worker to that too.

/** @type {{version: string, id: string, files: {path: string, sha256: string}[]}} */
const RELEASE = /* @release */ null;

const KEPT_HEADERS = [
  "content-type",
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "x-frame-options",
  "cross-origin-opener-policy",
  "cross-origin-embedder-policy",
  "cross-origin-resource-policy",
];
const POLICY = "policy.toml";

// The scope's URL ends in "/"; every file is relative to it.
const base = new URL("./", self.location.href);
// One cache per release, named after it and the path it is served from:
// copies of Hush under two paths of one site keep apart.
const CACHE = `hush-${RELEASE.version}-${RELEASE.id}@${base.pathname}`;
const isOurs = (name) => name.startsWith("hush-") && name.endsWith(`@${base.pathname}`);
const filesByUrl = new Map(
  RELEASE.files.map((f) => [new URL(f.path, base).href, f]),
);
const indexUrl = new URL("index.html", base).href;
const policyUrl = new URL(POLICY, base).href;

function hex(buffer) {
  return [...new Uint8Array(buffer)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}

/**
 * Fetches one file of the release and checks its hash; resolves to a
 * Response to store, or rejects (which fails the whole install).
 */
async function fetchVerified(file) {
  // Redirects are not followed (they could lead to another origin), but
  // some servers redirect /index.html to its folder: then the page is
  // fetched as the scope's URL instead.
  let response = await fetch(new URL(file.path, base).href, {
    cache: "no-cache",
    redirect: "manual",
  });
  if (response.type === "opaqueredirect" && file.path === "index.html") {
    response = await fetch(base.href, { cache: "no-cache", redirect: "error" });
  }
  if (!response.ok) {
    throw new Error(`hush sw: ${file.path} answered ${response.status}`);
  }
  const body = await response.arrayBuffer();
  const sha256 = hex(await crypto.subtle.digest("SHA-256", body));
  if (sha256 !== file.sha256) {
    throw new Error(`hush sw: ${file.path} is not this release's file`);
  }
  // The server's security headers go with the file: a page answered from
  // the cache keeps its CSP header (frame-ancestors 'none'), nosniff and
  // Referrer-Policy.
  const headers = new Headers();
  for (const name of KEPT_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(body, { status: 200, headers });
}

/** Fetches the policy fresh; a 200 or a 404 is worth keeping. */
async function fetchPolicy() {
  const response = await fetch(policyUrl, { cache: "no-store", redirect: "error" });
  if (response.ok || response.status === 404 || response.status === 410) {
    const cache = await caches.open(CACHE);
    await cache.put(policyUrl, response.clone());
  }
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // Everything is fetched and checked before anything is stored, so a
      // failed install leaves no partial cache behind.
      const verified = await Promise.all(RELEASE.files.map(fetchVerified));
      const cache = await caches.open(CACHE);
      await Promise.all(
        RELEASE.files.map((f, i) => cache.put(new URL(f.path, base).href, verified[i])),
      );
      // The policy as it is now, for offline use; without a network this
      // is skipped and the page will need one to learn it.
      await fetchPolicy().catch(() => undefined);
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (isOurs(name) && name !== CACHE) {
          await caches.delete(name);
        }
      }
    })(),
  );
});

/** The release's file from this worker's cache, or the network if evicted. */
async function fromCache(request, url) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(url);
  return hit ?? fetch(request);
}

/** The policy: fresh from the network, the kept copy only when offline. */
async function policy() {
  try {
    return await fetchPolicy();
  } catch {
    const cache = await caches.open(CACHE);
    const kept = await cache.match(policyUrl);
    return kept ?? Response.error();
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  url.search = "";
  url.hash = "";
  if (request.mode === "navigate" && (url.href === base.href || url.href === indexUrl)) {
    event.respondWith(fromCache(request, indexUrl));
  } else if (filesByUrl.has(url.href)) {
    event.respondWith(fromCache(request, url.href));
  } else if (url.href === policyUrl) {
    event.respondWith(policy());
  }
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  } else if (event.data === "version" && event.ports[0]) {
    event.ports[0].postMessage({ version: RELEASE.version, id: RELEASE.id });
  }
});
