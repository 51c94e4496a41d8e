// Fail closed on any abort of the wasm module. A panic reaches Rust's
// panic hook, but an out-of-memory abort does not: Rust aborts (a wasm
// `unreachable` trap) without running any hook, and the trap surfaces in
// JavaScript as a WebAssembly.RuntimeError thrown out of the event handler
// that called into wasm. In the page, static/boot.js catches that and
// hides the output. In the scan worker (long texts, which run the same
// module), static/scan-worker.js catches it and answers "failed": the page
// shows no output for that text, disables Copy and Download and says so,
// and stops the worker; the page itself goes on working.
//
// To provoke a real out-of-memory abort of the real release build, this
// test serves the app's own .wasm file with one change: its memory gets a
// small maximum (the module's initial size plus a few MiB) instead of 4 GiB.
// Nothing else in the module or the page is touched; pasting a large text
// then makes the allocator fail inside the app's real code path, exactly
// as a page running out of memory would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { HushPage } from "./hush-page.mjs";
import { NOTE, REDACTED, SECRETS, newContext, useApp } from "./fixtures.mjs";
import { limitMemory } from "./wasm-memory.mjs";

const app = useApp();
const DIST = process.env.HUSH_DIST ?? "dist";

/**
 * Opens the app with its wasm memory limited to `extraPages` more 64 KiB
 * pages than it starts with (the page and the scan worker run the same
 * module, so both have the limit).
 */
async function openLimited(extraPages) {
  const context = await newContext(app);
  await context.route(/\.wasm$/, async (route) => {
    const name = new URL(route.request().url()).pathname;
    const bytes = await readFile(join(DIST, name));
    route.fulfill({
      status: 200,
      contentType: "application/wasm",
      body: limitMemory(bytes, extraPages),
    });
  });
  // What reached the page: recorded before static/boot.js handles it.
  await context.addInitScript(() => {
    window.__errors = [];
    addEventListener("error", (e) =>
      window.__errors.push(`${e.error?.constructor?.name}: ${e.error?.message}`));
  });
  const page = await context.newPage();
  const messages = [];
  page.on("console", (m) => {
    // The browser's own network log of the policy probe answering 404 (no
    // policy deployed) is expected and holds no text.
    if (m.location().url.endsWith("/policy.toml") && /status of 404/.test(m.text())) return;
    messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => messages.push(`pageerror: ${e.message}`));
  const hush = new HushPage(page);
  await hush.open(app.url);
  return { context, page, hush, messages };
}

// Two ways to run out in the page: a short text (scanned in the page) that
// fits but whose scan does not (Rust's allocator fails inside the core and
// Rust aborts: a trap, with no hook), and a longer text too large to be
// handed to wasm at all (wasm-bindgen's allocation for the string fails:
// the release build aborts, a trap; a debug build throws an Error from its
// glue instead). The limit is lower than below: the scan worker would run
// out first otherwise.
for (const [copies, what, error] of [
  [200, "in the core", /^RuntimeError: unreachable$/],
  [5_000, "passing the text in", /^(RuntimeError: unreachable|Error: invalid malloc request)$/],
]) test(`an out-of-memory abort in the page ${what} hides the output and disables Copy and Download`, async () => {
  const { context, page, hush, messages } = await openLimited(16);
  // The app works normally within its memory.
  await hush.paste(NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  assert.equal(await hush.copyButton.isDisabled(), false);
  // A large paste exhausts it.
  const big = `${NOTE}\n`.repeat(copies);
  await hush.input.evaluate((el, text) => {
    el.value = text;
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, big);
  await page.locator("html[data-failed]").waitFor({ state: "attached" });
  // It was the abort, as expected, and nothing else. A trap leaves the
  // module unusable: a call already scheduled (the next frame's render, a
  // timer) traps the same way, so there may be more than one, all alike.
  const errors = await page.evaluate(() => window.__errors);
  assert.ok(errors.length >= 1, "no error");
  for (const e of errors) assert.match(e, error);
  // The banner says so; the app and its output are hidden and empty; Copy
  // and Download are disabled.
  assert.equal(await page.locator("#fatal").isVisible(), true);
  assert.match(await page.locator("#fatal").textContent(), /internal error/);
  assert.equal(await hush.output.isVisible(), false);
  assert.equal(await hush.outputText(), "");
  assert.equal(await page.getByTestId("copy").isDisabled(), true);
  assert.equal(await page.getByTestId("download").isDisabled(), true);
  // Nothing on the page acts any more: a click on Copy (forced past the
  // hidden state) writes nothing to the clipboard.
  await page.evaluate(() => navigator.clipboard.writeText("sentinel"));
  await page.evaluate(() => {
    const copy = document.querySelector("[data-testid=copy]");
    copy.removeAttribute("disabled");
    copy.click();
  });
  await page.waitForTimeout(200);
  assert.equal(await hush.clipboard(), "sentinel");
  // The console has the fixed sentence only: no text, no error message
  // (which could quote it).
  const log = messages.join("\n");
  for (const s of SECRETS) assert.ok(!log.includes(s), `console has ${s}`);
  assert.deepEqual(
    messages.filter((m) => /^(error|pageerror)/.test(m)),
    ["error: hush: internal error; the output was hidden"],
  );
  await context.close();
});

// In the scan worker: a long note (scanned in the worker, its output shown
// in the page) and a big text (handed to the worker whole: it runs out
// while taking it in).
for (const [copies, what, big] of [
  [1_000, "a long note", false],
  [25_000, "a big text", true],
]) test(`an out-of-memory abort in the scan worker on ${what} shows no output, disables Copy and Download, and the page goes on`, async () => {
  const { context, page, hush, messages } = await openLimited(48);
  await hush.paste(NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  const big = `${NOTE}\n`.repeat(copies);
  await hush.input.evaluate((el, text) => {
    el.value = text;
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
  }, big);
  const stopped = page.getByTestId("scan-stopped");
  await stopped.waitFor();
  assert.equal(
    await stopped.textContent(),
    "Hush could not redact this text (the scan stopped, perhaps for lack of memory), so nothing is shown and nothing can be copied or saved.",
  );
  assert.equal(await hush.outputText(), "");
  assert.equal(await hush.copyButton.isDisabled(), true);
  assert.equal(await hush.downloadButton.isDisabled(), true);
  assert.equal(await hush.summary.textContent(), "Not redacted");
  // Copy, forced past its disabled state, writes nothing.
  await page.evaluate(() => navigator.clipboard.writeText("sentinel"));
  await page.evaluate(() => {
    const copy = document.querySelector("[data-testid=copy]");
    copy.removeAttribute("disabled");
    copy.click();
  });
  await page.waitForTimeout(200);
  assert.equal(await hush.clipboard(), "sentinel");
  // The page itself did not fail: a new note is redacted (by a new
  // worker when it is long). (No Clear here: its undo would keep the long
  // text, and this page has little memory to spare; a big text, read-only,
  // is cleared first, which keeps nothing.)
  assert.equal(await page.locator("html[data-failed]").count(), 0);
  assert.deepEqual(await page.evaluate(() => window.__errors), []);
  if (big) await hush.clear();
  await hush.paste(NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  const some = `${NOTE}\n`.repeat(220);
  await hush.paste(some);
  await page.waitForFunction(
    (t) => document.querySelector("[data-testid=output]").textContent === t,
    `${REDACTED}\n`.repeat(220),
  );
  // Nothing in the console: no text, no error.
  const log = messages.join("\n");
  for (const s of SECRETS) assert.ok(!log.includes(s), `console has ${s}`);
  assert.deepEqual(messages.filter((m) => /^(error|pageerror)/.test(m)), []);
  await context.close();
});

test("the limited module runs the app normally when memory suffices", async () => {
  // The same change with room to spare: the abort above comes from the
  // memory limit, not from the change to the module.
  const { context, hush, messages } = await openLimited(48);
  for (let i = 0; i < 5; i++) {
    await hush.paste(`${NOTE}\n`.repeat(20 * (i + 1)));
  }
  assert.ok((await hush.outputText()).startsWith(REDACTED));
  assert.equal(await hush.page.locator("html[data-failed]").count(), 0);
  assert.deepEqual(await hush.page.evaluate(() => window.__errors), []);
  assert.deepEqual(messages.filter((m) => m.startsWith("error")), []);
  await context.close();
});
