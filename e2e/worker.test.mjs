// Long and big texts: redacted in the scan worker (static/scan-worker.js),
// off the page's thread. A long note (over 32 KB) is scanned there and
// shown as usual; a big text (over 1 MB, opened or pasted) is shown as a
// summary with its first part, and Copy and Download take all of it. The
// scan shows progress and can be cancelled; a newer edit supersedes a
// running scan; a worker that fails leaves no output and Copy and
// Download disabled.
import { test } from "node:test";
import assert from "node:assert/strict";
import { axeViolations } from "./axe.mjs";
import { HushPage } from "./hush-page.mjs";
import { NOTE, REDACTED, SECRETS, newContext, useApp } from "./fixtures.mjs";

const app = useApp();

/** `n` copies of the note, a line apart, and their redaction. */
function notes(n) {
  return { text: `${NOTE}\n`.repeat(n), redacted: `${REDACTED}\n`.repeat(n) };
}

async function open(options = {}) {
  const context = await newContext(app);
  if (options.route) await options.route(context);
  const page = await context.newPage();
  const messages = [];
  page.on("console", (m) => {
    if (m.location().url.endsWith("/policy.toml") && /status of 404/.test(m.text())) return;
    messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => messages.push(`pageerror: ${e.message}`));
  const hush = new HushPage(page);
  await hush.open(app.url);
  return { context, page, hush, messages };
}

/** Waits until the output is `text`. */
async function outputIs(page, text, timeout = 60_000) {
  await page.waitForFunction(
    (t) => document.querySelector("[data-testid=output]")?.textContent === t,
    text,
    { timeout },
  );
}

/** Waits until no scan is running. */
async function idle(page, timeout = 120_000) {
  await page.locator("html:not([data-scanning])").waitFor({ state: "attached", timeout });
}

test("a long note is redacted in the worker: paste, see the output, copy", async () => {
  const { context, page, hush, messages } = await open();
  const { text, redacted } = notes(400);
  assert.ok(text.length > 32 * 1024);
  await hush.paste(text);
  await outputIs(page, redacted);
  await idle(page);
  // The scan ran in the worker, the page's one dedicated worker.
  const workers = page.workers().map((w) => new URL(w.url()).pathname);
  assert.deepEqual(workers, ["/scan-worker.js"]);
  assert.match(await hush.summary.textContent(), /^400 card numbers, 400 SSNs/);
  assert.equal(await hush.highlight("card").count(), 400);
  assert.equal(await hush.copyButton.isDisabled(), false);
  await hush.copy();
  await page.getByText("Copied the redacted text.").waitFor();
  assert.equal(await hush.clipboard(), redacted);
  // Typing at the end scans again, in the worker.
  await hush.input.press("End");
  await hush.input.type(" Card 5555 5555 5555 4444.");
  await outputIs(page, `${redacted} Card [CARD].`);
  assert.deepEqual(messages.filter((m) => /^(error|pageerror)/.test(m)), []);
  await context.close();
});

test("a newer edit supersedes a running scan: the output is the latest text's", async () => {
  const { context, page, hush } = await open();
  const first = notes(6000); // about 960 KB, still editable
  assert.ok(first.text.length < 1024 * 1024);
  const second = `${first.text}Card 5555 5555 5555 4444 at the end.`;
  const edit = (value) => hush.input.evaluate((el, v) => {
    el.value = v;
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
  }, value);
  await edit(first.text);
  // The first scan is running in the worker when the second edit comes.
  await page.locator("html[data-scanning]").waitFor({ state: "attached" });
  await page.evaluate(() => {
    window.__stale = false;
    const summary = document.querySelector("[data-testid=summary]");
    new MutationObserver(() => {
      if (summary.textContent.startsWith("6000 card numbers")) window.__stale = true;
    }).observe(summary, { childList: true, subtree: true, characterData: true });
  });
  await edit(second);
  await page.waitForFunction(
    () => document.querySelector("[data-testid=summary]").textContent.startsWith("6001 card numbers"),
    null,
    { timeout: 60_000 },
  );
  await idle(page);
  assert.equal(await page.evaluate(() => window.__stale), false, "the older scan's output was shown");
  // The view draws the first 64 KB; Copy takes all of it.
  assert.match(await page.getByTestId("output-note").textContent(), /^The first 64 KB of the redacted text \(\d+ KB\) are shown here/);
  assert.ok(first.redacted.startsWith(await hush.outputText()));
  await hush.copy();
  await page.getByText("Copied the redacted text.").waitFor();
  assert.equal(await hush.clipboard(), `${first.redacted}Card [CARD] at the end.`);
  await context.close();
});

test("a big file shows progress, finishes, and Copy and Download take all of it", async () => {
  const { context, page, hush, messages } = await open();
  const { text, redacted } = notes(90_000); // about 12 MB
  assert.ok(text.length > 10 * 1024 * 1024);
  await hush.openFile("day.log", "text/plain", text);
  // Progress while it runs: the bytes done of the text's.
  const progress = page.getByTestId("progress");
  await progress.waitFor();
  // Every value the bar takes on the way.
  await page.evaluate(() => {
    window.__done = [];
    const note = () => {
      const bar = document.querySelector("[data-testid=progress]");
      if (bar) window.__done.push(Number(bar.dataset.done));
    };
    note();
    new MutationObserver(note).observe(document.body, { subtree: true, attributes: true, childList: true });
  });
  await page.waitForFunction(
    () => document.querySelector("[data-testid=progress]")?.dataset.total > 0,
  );
  assert.equal(Number(await progress.getAttribute("data-total")), Buffer.byteLength(text));
  assert.equal(await hush.copyButton.isDisabled(), true);
  assert.equal(await page.getByTestId("cancel").isVisible(), true);
  assert.deepEqual(await axeViolations(page), [], "while redacting");
  await idle(page);
  assert.equal(await progress.count(), 0);
  // The text is scanned in pieces: the bar moved through values between
  // none and all, never back.
  const done = await page.evaluate(() => window.__done);
  const total = Buffer.byteLength(text);
  assert.ok(done.some((d) => d > 0 && d < total), `progress seen: ${done.join()}`);
  assert.deepEqual(done, [...done].sort((a, b) => a - b));
  assert.match(await hush.summary.textContent(), /^90000 card numbers, 90000 SSNs, 90000 CVVs, 90000 expiry dates redacted/);
  assert.match(await page.getByTestId("big-note").textContent(), /day\.log is \d+\.\d MB: too big to edit here/);
  // The first part of each, read-only.
  const shownOut = await hush.outputText();
  assert.ok(shownOut.length > 32 * 1024 && shownOut.length <= 64 * 1024, `${shownOut.length}`);
  assert.ok(redacted.startsWith(shownOut));
  const shownIn = await hush.inputText();
  assert.ok(text.startsWith(shownIn) && shownIn.length <= 64 * 1024);
  assert.notEqual(await hush.input.getAttribute("readonly"), null);
  assert.match(await page.getByTestId("findings-window").textContent(), /first 1000 of 360000/);
  assert.deepEqual(await axeViolations(page), [], "a big text redacted");
  // The whole result.
  const saved = await hush.download();
  assert.equal(saved.name, "redacted.txt");
  assert.equal(saved.text, redacted);
  await hush.copy();
  await page.getByText("Copied the redacted text.").waitFor();
  assert.equal(await hush.clipboard(), redacted);
  // Clear leaves the big text.
  await hush.clear();
  assert.equal(await hush.inputText(), "");
  assert.equal(await hush.input.getAttribute("readonly"), null);
  await hush.paste(NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  const log = messages.join("\n");
  for (const s of SECRETS) assert.ok(!log.includes(s), `console has ${s}`);
  await context.close();
});

test("a big paste is taken whole, never put in the text area", async () => {
  const { context, page, hush } = await open();
  const { text, redacted } = notes(12_000); // about 1.6 MB
  await hush.input.focus();
  await hush.input.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await page.getByTestId("big-note").waitFor();
  await idle(page);
  assert.match(await page.getByTestId("big-note").textContent(), /^The pasted text is 1\.\d MB/);
  assert.ok(redacted.startsWith(await hush.outputText()));
  assert.match(await hush.summary.textContent(), /^12000 card numbers/);
  assert.equal((await hush.download()).text, redacted);
  await context.close();
});

test("a file over 100 MB is refused with a plain message and no output", async () => {
  const { context, page, hush } = await open();
  await hush.paste(NOTE);
  // A sparse 101 MB file, made in the page (no 101 MB buffer crosses).
  await page.evaluate(() => {
    const big = new File([new Uint8Array(101 * 1024 * 1024).fill(97)], "huge.log");
    const data = new DataTransfer();
    data.items.add(big);
    const input = document.querySelector("[data-testid=file]");
    input.files = data.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  assert.equal(
    await hush.noticeText(),
    "Could not open huge.log: it is larger than 100 MB; split it and open the parts one by one. Your text is unchanged.",
  );
  assert.equal(await hush.outputText(), REDACTED);
  assert.equal(await page.getByTestId("big-note").count(), 0);
  await context.close();
});

test("Cancel stops the scan: no output, Copy and Download disabled; Redact again finishes", async () => {
  const { context, page, hush } = await open();
  await hush.paste(NOTE);
  const { text, redacted } = notes(90_000);
  await hush.openFile("day.log", "text/plain", text);
  await page.getByTestId("cancel").click();
  const stopped = page.getByTestId("scan-stopped");
  await stopped.waitFor();
  assert.match(await stopped.textContent(), /^Cancelled: this text is not redacted/);
  assert.equal(await hush.outputText(), "");
  assert.equal(await hush.copyButton.isDisabled(), true);
  assert.equal(await hush.downloadButton.isDisabled(), true);
  assert.equal(await hush.summary.textContent(), "Not redacted");
  assert.deepEqual(await axeViolations(page), [], "cancelled");
  await page.waitForTimeout(300);
  assert.equal(await hush.outputText(), "", "the stopped scan never shows up");
  await page.getByTestId("retry").click();
  await idle(page);
  assert.ok(redacted.startsWith(await hush.outputText()));
  assert.equal(await hush.copyButton.isDisabled(), false);
  await context.close();
});

test("a worker that cannot start fails closed, and the page still works", async () => {
  const { context, page, hush, messages } = await open({
    route: (c) => c.route(/\/scan-worker\.js$/, (r) => r.fulfill({ status: 404, body: "" })),
  });
  await hush.paste(NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  const { text } = notes(400);
  await hush.paste(text);
  const stopped = page.getByTestId("scan-stopped");
  await stopped.waitFor();
  assert.match(await stopped.textContent(), /^Hush could not redact this text/);
  assert.equal(await hush.outputText(), "");
  assert.equal(await hush.copyButton.isDisabled(), true);
  assert.equal(await hush.downloadButton.isDisabled(), true);
  // Only this text's output is withheld: a short note is redacted again.
  await hush.paste(NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  assert.equal(await page.locator("html[data-failed]").count(), 0);
  const log = messages.join("\n");
  for (const s of SECRETS) assert.ok(!log.includes(s), `console has ${s}`);
  await context.close();
});
