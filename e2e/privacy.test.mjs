// The privacy guarantees of the web app issue, as tests: after load no
// request but the offline copy's own (the release's files, its update
// check), none to another origin and none carrying text; no text in
// storage, the offline cache, the URL or the console; the clipboard written
// only on Copy; a strict CSP.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { HushPage } from "./hush-page.mjs";
import { DIST, NOTE, SECRETS, newContext, useApp } from "./fixtures.mjs";
import {
  cacheName, cachedFiles, checkForUpdate, releaseOf, workerActivated,
} from "./release.mjs";

const app = useApp();

/** Everything a person does on the page, end to end. */
async function fullSession(page, hush) {
  await hush.paste(NOTE);
  await hush.input.press("End");
  await hush.input.type(" More notes.");
  await hush.kind("CVVs").uncheck();
  await hush.kind("CVVs").check();
  await hush.style("Numbered").click();
  await hush.highlights.first().hover();
  await hush.highlights.first().click();
  await hush.keep("card");
  await hush.keep("card");
  await page.keyboard.press("F8");
  await hush.selectInOutput("agent Dana");
  await hush.redactButton.click();
  await hush.selectInInput("callback");
  await page.keyboard.press("Control+Shift+H");
  await hush.undoButton.click();
  await hush.redoButton.click();
  await hush.keep("ssn");
  await hush.copy();
  await page.getByTestId("confirm").click();
  await hush.download();
  await hush.openFile("notes.txt", "text/plain", NOTE);
  await page.getByText("Opened notes.txt.").waitFor();
  await hush.dropFile("call.srt", "application/x-subrip", `1\n${NOTE}\n`);
  await page.getByText("Opened call.srt.").waitFor();
  await hush.style("Label").click();
  await hush.clear();
  await page.keyboard.press("Control+Z");
}

function leaks(haystack) {
  return SECRETS.filter((s) => haystack.includes(s));
}

/** A request as the tests see it, from the browser's side or the server's. */
function describe(r) {
  return `${r.method} ${r.url} ${r.body ? `body: ${r.body}` : ""}`.trim();
}

test("after load only the offline copy's files are fetched; with text, nothing", async () => {
  // What may be requested once the page is interactive, and nothing else:
  // - the service worker, sw.js (registration, and the browser's update
  //   check: at each visit and hourly while the page is open);
  // - the files of the release, each listed in sw.js, fetched once by the
  //   worker to keep them for offline use (and the manifest and icons the
  //   browser reads itself);
  // - policy.toml, which the worker keeps for offline use.
  // All from this origin, GET, with no query and no body; none carrying
  // any of the text. And from the moment text is on the page until the
  // end of the session, nothing at all but the update check of sw.js.
  const release = await releaseOf(DIST);
  const allowed = new Set(["sw.js", "policy.toml", ...release.files.map((f) => f.path)]);
  const context = await newContext(app);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const seen = [];
  context.on("request", (r) => seen.push({
    method: r.method(),
    url: r.url(),
    body: r.postData() ?? "",
    headers: JSON.stringify(r.headers()),
  }));
  const page = await context.newPage();
  const hush = new HushPage(page);
  await hush.open(app.url);
  const atLoad = seen.length;
  const serverAtLoad = app.server.requests.length;
  await workerActivated(page);
  await page.waitForLoadState("networkidle");

  const base = new URL(app.url);
  const check = (r, where) => {
    if (r.url.startsWith("blob:")) return;
    const url = new URL(r.url, base);
    assert.equal(url.origin, base.origin, `${where}: another origin: ${describe(r)}`);
    assert.equal(r.method, "GET", `${where}: ${describe(r)}`);
    assert.equal(r.body, "", `${where}: a body: ${describe(r)}`);
    assert.equal(url.search, "", `${where}: a query: ${describe(r)}`);
    const path = url.pathname.slice(base.pathname.length);
    assert.ok(allowed.has(path === "" ? "index.html" : path), `${where}: ${describe(r)}`);
  };
  const installing = seen.slice(atLoad);
  const serverInstalling = app.server.requests.slice(serverAtLoad);
  installing.forEach((r) => check(r, "browser, after load"));
  serverInstalling.forEach((r) => check(r, "server, after load"));
  assert.ok(app.server.requests.some((r) => r.url.endsWith("/sw.js")), "the worker was fetched");

  const atText = seen.length;
  const serverAtText = app.server.requests.length;
  await fullSession(page, hush);
  await page.waitForTimeout(500);
  // The browser's own update check, as it runs every hour.
  await checkForUpdate(page);
  await page.waitForTimeout(200);

  const withText = seen.slice(atText).filter((r) => !r.url.startsWith("blob:"));
  const serverWithText = app.server.requests.slice(serverAtText);
  // The download is a blob: URL the page made itself; it is not a request
  // to any server, and the server-side log would show one if it were.
  for (const r of [...withText, ...serverWithText]) {
    assert.equal(new URL(r.url, base).pathname, `${base.pathname}sw.js`,
      `a request while text was on the page: ${describe(r)}`);
    check(r, "with text");
  }
  assert.equal(serverWithText.length, 1, "the update check asked for sw.js, once");
  for (const r of [...seen, ...app.server.requests]) {
    const all = `${r.url} ${r.body} ${r.headers ? JSON.stringify(r.headers) : ""}`;
    assert.deepEqual(leaks(decodeURIComponent(all)), [], `text in a request: ${describe(r)}`);
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});

test("the page's one extra request is the policy: same origin, before it is interactive", async () => {
  const context = await newContext(app);
  // The page's own requests; the service worker's (its offline copy of the
  // release and of the policy) are the offline tests' business.
  const seen = [];
  context.on("request", (r) => {
    if (!r.serviceWorker()) seen.push(r.url());
  });
  const page = await context.newPage();
  const hush = new HushPage(page);
  await hush.open(app.url);
  await page.waitForLoadState("networkidle");
  const paths = seen.map((u) => new URL(u).pathname);
  const policy = paths.filter((p) => p.endsWith("policy.toml"));
  assert.deepEqual(policy, ["/policy.toml"], "one request for the policy");
  const origin = new URL(app.url).origin;
  assert.ok(seen.every((u) => new URL(u).origin === origin), seen.join());
  // Everything else is one of the app's own files.
  const others = paths.filter((p) => !p.endsWith("policy.toml"));
  for (const p of others) {
    assert.match(p, /^\/$|\.(js|wasm|css|svg|png|html|webmanifest)$/, p);
  }
  // The answer came before the app said it was interactive.
  const [done, ready] = await page.evaluate(() => [
    performance.getEntriesByType("resource")
      .find((e) => e.name.endsWith("/policy.toml")).responseEnd,
    performance.getEntriesByName("hush-interactive")[0].startTime,
  ]);
  assert.ok(done <= ready, `policy answered at ${done} ms, interactive at ${ready} ms`);
  await context.close();
});

test("the text is never in storage, cookies, the URL or the title", async () => {
  const context = await newContext(app);
  const page = await context.newPage();
  const hush = new HushPage(page);
  await hush.open(app.url);
  await fullSession(page, hush);
  await workerActivated(page);
  const stores = await page.evaluate(async () => {
    const dump = (s) => JSON.stringify(Object.entries(s));
    const dbs = indexedDB.databases ? await indexedDB.databases() : [];
    const cacheNames = await caches.keys();
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      cookies: document.cookie,
      url: location.href,
      title: document.title,
      history: String(history.length),
      indexedDB: JSON.stringify(dbs),
      caches: JSON.stringify(cacheNames),
    };
  });
  for (const [where, value] of Object.entries(stores)) {
    assert.deepEqual(leaks(value), [], `text found in ${where}`);
  }
  assert.equal(stores.session, "[]");
  assert.equal(stores.indexedDB, "[]");
  // The offline copy holds this release's files, byte for byte, and the
  // policy (absent here): nothing else, so never the text.
  const release = await releaseOf(DIST);
  assert.equal(stores.caches, JSON.stringify([cacheName(release)]));
  const cached = await cachedFiles(page);
  assert.deepEqual(
    cached.filter((c) => c.path !== "policy.toml").map(({ path, sha256 }) => ({ path, sha256 })),
    release.files,
  );
  assert.ok(cached.length <= release.files.length + 1);
  assert.equal(stores.cookies, "");
  assert.equal(stores.url, app.url);
  // The only thing stored is the settings.
  assert.deepEqual(
    JSON.parse(stores.local).map(([k]) => k),
    ["hush.settings"],
  );
  const state = await context.storageState();
  assert.deepEqual(leaks(JSON.stringify(state)), [], "text in storage state");
  await context.close();
});

test("the console shows none of the text, and no error", async () => {
  const context = await newContext(app);
  const page = await context.newPage();
  const messages = [];
  page.on("console", (m) => {
    // The browser's own network log of the policy probe answering 404
    // (no policy deployed): expected, and it holds no text.
    if (m.location().url.endsWith("/policy.toml") && /status of 404/.test(m.text())) return;
    messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => messages.push(`pageerror: ${e.message}`));
  const hush = new HushPage(page);
  await hush.open(app.url);
  await fullSession(page, hush);
  assert.deepEqual(leaks(messages.join("\n")), []);
  assert.deepEqual(messages.filter((m) => /^(error|pageerror)/.test(m)), []);
  await context.close();
});

test("the clipboard is written only by Copy", async () => {
  const context = await newContext(app);
  const page = await context.newPage();
  const hush = new HushPage(page);
  await hush.open(app.url);
  await page.evaluate(() => navigator.clipboard.writeText("sentinel"));
  await hush.paste(NOTE);
  await hush.style("Mask").click();
  await hush.highlights.first().click();
  await hush.keep("card");
  await hush.selectInOutput("agent Dana");
  await hush.redactButton.click();
  await hush.undoButton.click();
  await hush.download();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "sentinel");
  // With a finding kept, Copy asks first; asking writes nothing.
  await hush.copy();
  await page.getByTestId("confirm").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "sentinel");
  await page.getByTestId("confirm").click();
  await page.getByText("Copied, with").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await hush.outputText());
  await context.close();
});

test("the page has a strict CSP and no inline script", async () => {
  const html = await readFile(`${DIST}/index.html`, "utf8");
  const meta = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .find((tag) => /http-equiv="?Content-Security-Policy/i.test(tag));
  const csp = meta?.match(/content="([^"]+)"/)?.[1];
  assert.ok(csp, "CSP meta tag");
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(csp, /style-src 'self'(;|$)/);
  assert.match(csp, /connect-src 'self'(;|$)/);
  // The offline copy's service worker, the scan worker and the manifest
  // from this origin only, and one Trusted Types policy for each worker's
  // URL.
  assert.match(csp, /worker-src 'self'(;|$)/);
  assert.match(csp, /manifest-src 'self'(;|$)/);
  assert.match(csp, /require-trusted-types-for 'script'; trusted-types hush-sw hush-scan(;|$)/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*|https?:|data:/);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length > 0);
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc=/, "every script is a file");
    assert.equal(body.trim(), "", "no inline script");
  }
  assert.doesNotMatch(html, /\sstyle=|<style/i, "no inline style");
  assert.doesNotMatch(html, /https?:\/\/(?!127\.0\.0\.1)/, "no other origin");
  if (process.env.HUSH_URL) {
    // Served with a shipped configuration: the same policy as a header,
    // plus what only a header can say.
    const response = await fetch(process.env.HUSH_URL);
    assert.equal(response.headers.get("content-security-policy"), `${csp}; frame-ancestors 'none'`);
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
    assert.equal(response.headers.get("referrer-policy"), "no-referrer");
  }
});
