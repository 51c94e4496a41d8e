// Edits of a long note: the scan worker keeps the last text it scanned and
// reads again only the pieces around an edit (src/scanner.rs, `Rescan`).
// Whatever the edits, the output is exactly that of a fresh paste of the
// edited text in a new page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HushPage } from "./hush-page.mjs";
import { NOTE, newContext, useApp } from "./fixtures.mjs";

const app = useApp();

/** About 1 MB of turns, notes and blank lines with cards, SSNs, CVVs and
 * expiry dates, the same every run. */
function longText() {
  const parts = [
    `${NOTE}\n`,
    "Agent: Can I get the card number?\nCustomer: Sure, it's 4000 0000 0000 0002.\nAgent: And the expiry?\nCustomer: 04/27, and the code on the back is 737.\n",
    "\n",
    "Customer: my social is 123-13-7435\nAgent: Thanks, and a callback number?\nCustomer: 555 010 4477\n",
    "Order #00000 shipped on 2024-05-01, tracking 1Z999AA10123456784.\n\n",
  ];
  let seed = 7;
  let text = "";
  while (text.length < 1_000_000) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    text += parts[seed % parts.length];
  }
  return text;
}

async function open() {
  const context = await newContext(app);
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

/** Puts `value` in the text box as an edit (the whole text, as the page's
 * input event gives it). */
function edit(hush, value) {
  return hush.input.evaluate((el, v) => {
    el.value = v;
    el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText" }));
  }, value);
}

/** Counts, in the page, the scans that ended (<html data-scanning>
 * removed), so that a test waits for the scan of its edit however short. */
function countScans(page) {
  return page.evaluate(() => {
    window.__scans = 0;
    const root = document.documentElement;
    new MutationObserver((records) => {
      for (const r of records) if (r.oldValue !== null) window.__scans += 1;
    }).observe(root, { attributes: true, attributeFilter: ["data-scanning"], attributeOldValue: true });
  });
}

/** Waits until `n` scans have ended and none runs; the summary. */
async function scanned(page, hush, n) {
  await page.waitForFunction((k) => window.__scans >= k, n, { timeout: 120_000 });
  await page.locator("html:not([data-scanning])").waitFor({ state: "attached", timeout: 120_000 });
  return hush.summary.textContent();
}

/** The whole redacted text, as Copy gives it. */
async function copied(page, hush) {
  await hush.copy();
  await page.getByText("Copied the redacted text.").waitFor();
  return hush.clipboard();
}

test("edits in a 1 MB paste give what a fresh paste of the edited text gives", async () => {
  const text = longText();
  assert.ok(text.length > 900_000 && text.length < 1024 * 1024);
  const mid = text.indexOf("\n", text.length / 2) + 1;
  const third = text.indexOf("123-13-7435", text.length / 3);
  const late = text.indexOf("4000 0000", (text.length * 3) / 4);
  // A card typed into the middle, an SSN broken by a deletion, a card
  // split by a blank line: each edit made on the text before it.
  const edits = [
    (t) => `${t.slice(0, mid)}Customer: the new card is 5555 5555 5555 4444\n${t.slice(mid)}`,
    (t) => `${t.slice(0, third + 4)}${t.slice(third + 6)}`,
    (t) => `${t.slice(0, late + 4)}\n\n${t.slice(late + 4)}`,
  ];
  const { context, page, hush, messages } = await open();
  await countScans(page);
  await edit(hush, text);
  const first = await scanned(page, hush, 1);
  let edited = text;
  let summary = first;
  for (const [k, change] of edits.entries()) {
    edited = change(edited);
    await edit(hush, edited);
    summary = await scanned(page, hush, k + 2);
  }
  assert.notEqual(summary, first);
  const output = await copied(page, hush);
  assert.deepEqual(messages.filter((m) => /^(error|pageerror)/.test(m)), []);
  await context.close();

  // A new page, the edited text pasted at once.
  const fresh = await open();
  await countScans(fresh.page);
  await edit(fresh.hush, edited);
  assert.equal(await scanned(fresh.page, fresh.hush, 1), summary);
  assert.ok(output === (await copied(fresh.page, fresh.hush)), "the edited text's output differs from a fresh paste's");
  await fresh.context.close();
});
