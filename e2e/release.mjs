// Helpers for the specs about the release: its file list (from the built
// sw.js), the offline copy (the service worker), the headers the shipped
// server configurations send, and a second release made from the first.
import { createHash } from "node:crypto";
import { rmSync } from "node:fs";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorker } from "../scripts/release-files.mjs";
import { headerCsp, metaCsp } from "../scripts/release-stage.mjs";
import { HASHED } from "../scripts/hush-web-check.mjs";

/** The release listed in DIR/sw.js: { version, id, files: [{ path, sha256 }] }. */
export async function releaseOf(dir) {
  const sw = await readFile(join(dir, "sw.js"), "utf8");
  return JSON.parse(sw.match(/const RELEASE = (\{[^\n]*\});/)[1]);
}

/** The name of the cache the release's worker keeps its files in. */
export function cacheName(release, path = "/") {
  return `hush-${release.version}-${release.id}@${path}`;
}

/** Cargo.toml's version ([workspace.package], both packages'). */
export async function cargoVersion() {
  const toml = await readFile(new URL("../Cargo.toml", import.meta.url), "utf8");
  return toml.match(/^\[workspace\.package\][^[]*?^version\s*=\s*"([^"]+)"/m)[1];
}

/** Waits until the page's service worker is activated. */
export async function workerActivated(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker.state === "activated") return;
    await new Promise((ok) => {
      worker.addEventListener("statechange", () => worker.state === "activated" && ok());
    });
  });
}

/** Asks the browser to look for a new sw.js now (the hourly check). */
export function checkForUpdate(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update().catch(() => undefined);
  });
}

/**
 * Waits until the worker found by an update check has either installed
 * (resolves "installed") or failed (resolves "redundant").
 */
export function updateOutcome(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    for (;;) {
      const worker = registration.installing;
      if (!worker) return registration.waiting ? "installed" : "redundant";
      await new Promise((ok) => worker.addEventListener("statechange", ok, { once: true }));
    }
  });
}

/** The cached files: [{ cache, path, sha256 }] for every entry of every cache. */
export function cachedFiles(page) {
  return page.evaluate(async () => {
    const out = [];
    const base = new URL("./", location.href).href;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = await (await cache.match(request)).arrayBuffer();
        const digest = await crypto.subtle.digest("SHA-256", body);
        const sha256 = [...new Uint8Array(digest)]
          .map((b) => b.toString(16).padStart(2, "0")).join("");
        out.push({ cache: name, path: request.url.slice(base.length), sha256 });
      }
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : 1));
  });
}

/**
 * A header profile like the shipped server configurations' (deploy/): the
 * page's CSP plus frame-ancestors 'none', nosniff, no referrer, and a long
 * cache only for hashed names. For the test server's `headers` option.
 */
export async function shippedHeaders(dist) {
  const csp = headerCsp(metaCsp(await readFile(join(dist, "index.html"), "utf8")));
  return (path, defaults) => ({
    "content-type": defaults["content-type"],
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
  });
}

/** A fresh temporary folder, deleted when the spec file's process ends. */
export async function tempDir(prefix) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Copies the build in `from` to `to` as a release of its own, marked in
 * three of its files so a test can tell which release each came from: the
 * page's title ("Hush MARK"), boot.js (sets `<html data-release=MARK>`)
 * and the stylesheet (`--release: "MARK"`, under a new hashed name, as a
 * real release would have). Then writes its sw.js as `version`.
 */
export async function makeRelease(from, to, { mark, version }) {
  await rm(to, { recursive: true, force: true });
  await cp(from, to, { recursive: true });
  let html = await readFile(join(to, "index.html"), "utf8");
  html = html.replace(/<title>[^<]*<\/title>/, `<title>Hush ${mark}</title>`);
  const css = (await readdir(to)).find((f) => /^app-[0-9a-f]{16}\.css$/.test(f));
  const sri = (text) => `sha384-${createHash("sha384").update(text).digest("base64")}`;
  const old = await readFile(join(to, css), "utf8");
  const styles = `${old}\n:root{--release:"${mark}"}\n`;
  const hash = createHash("sha256").update(styles).digest("hex").slice(0, 16);
  await rm(join(to, css));
  await writeFile(join(to, `app-${hash}.css`), styles);
  // Trunk links the stylesheet with its hash in the name and an integrity
  // attribute: both change.
  if (!html.includes(sri(old))) throw new Error("index.html: no integrity for the stylesheet");
  html = html.replaceAll(css, `app-${hash}.css`).replaceAll(sri(old), sri(styles));
  await writeFile(join(to, "index.html"), html);
  const boot = await readFile(join(to, "boot.js"), "utf8");
  await writeFile(
    join(to, "boot.js"),
    `document.documentElement.dataset.release = "${mark}";\n${boot}`,
  );
  return writeWorker(to, version);
}

/** Which release each part of the page came from. */
export function pageRelease(page) {
  return page.evaluate(() => ({
    title: document.title,
    boot: document.documentElement.dataset.release ?? "",
    css: getComputedStyle(document.documentElement).getPropertyValue("--release").trim(),
  }));
}
