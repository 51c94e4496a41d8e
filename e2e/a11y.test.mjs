// Accessibility (WCAG 2.1 AA): axe-core finds no violation in any state of
// the page, and the whole flow works with the keyboard alone, with a
// visible focus at every stop.
import { test } from "node:test";
import assert from "node:assert/strict";
import { axeViolations } from "./axe.mjs";
import { HushPage } from "./hush-page.mjs";
import { CARD, NOTE, REDACTED, newContext, useApp } from "./fixtures.mjs";

const app = useApp();

async function openHush(options) {
  const context = await newContext(app, options);
  const page = await context.newPage();
  const hush = new HushPage(page);
  await hush.open(app.url);
  return { context, page, hush };
}

async function checkStates(name, options) {
  const { context, page, hush } = await openHush(options);
  const states = {};
  states.empty = await axeViolations(page);
  await hush.paste(NOTE);
  states.findings = await axeViolations(page);
  await hush.highlight("card").hover();
  await hush.tip.waitFor();
  states.tooltip = await axeViolations(page);
  await hush.keep("card");
  states.kept = await axeViolations(page);
  await hush.selectInOutput("agent Dana");
  await hush.redactButton.click();
  states.byHand = await axeViolations(page);
  await hush.copy();
  await page.getByTestId("confirm").waitFor();
  states.asking = await axeViolations(page);
  await page.getByTestId("confirm").click();
  states.copied = await axeViolations(page);
  await page.getByTestId("findings-panel").locator("summary").click();
  states.listClosed = await axeViolations(page);
  await page.getByTestId("findings-panel").locator("summary").click();
  states.listOpen = await axeViolations(page);
  for (const [state, violations] of Object.entries(states)) {
    assert.deepEqual(violations, [], `${name}, ${state}`);
  }
  await context.close();
}

test("axe: no violation, light, 1280x800", () => checkStates("light"));
test("axe: no violation, dark", () => checkStates("dark", { colorScheme: "dark" }));
test("axe: no violation, phone width", () =>
  checkStates("phone", { viewport: { width: 320, height: 640 }, isMobile: true }));
test("axe: no violation with every kind off, and with the style locked", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(NOTE);
  for (const name of ["Card numbers", "SSNs", "CVVs", "Expiry dates"]) {
    await hush.kind(name).uncheck();
  }
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

/** True if the focused element shows a focus indicator (its own outline, or its label's for the switches). */
function focusVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const shows = (e) => {
      if (!e) return false;
      const s = getComputedStyle(e);
      return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
    };
    const box = el.getBoundingClientRect();
    const inView = box.bottom > 0 && box.top < innerHeight && box.width > 0;
    return inView && (shows(el) || shows(el.closest("label")));
  });
}

/** Presses Tab until `match(focused)` (at most `limit` times); asserts a visible focus at each stop. */
async function tabTo(page, hush, match, limit = 60, back = false) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await hush.focused();
    if (f) assert.ok(await focusVisible(page), `no visible focus on ${JSON.stringify(f)}`);
    if (f && match(f)) return f;
  }
  throw new Error("not reached by Tab");
}

test("the whole flow works with the keyboard alone", async () => {
  const { context, page, hush } = await openHush();
  // The first Tab reaches the skip link, which leads to the input.
  await page.keyboard.press("Tab");
  const skip = await hush.focused();
  assert.equal(skip.label, "Skip to the text to redact");
  assert.ok(await focusVisible(page), "the skip link shows when focused");
  await page.keyboard.press("Enter");
  assert.equal((await hush.focused()).testid, "input");
  assert.equal(new URL(page.url()).hash, "", "the URL does not change");
  // Paste.
  await page.evaluate((t) => navigator.clipboard.writeText(t), NOTE);
  await page.keyboard.press("Control+V");
  assert.equal(await hush.outputText(), REDACTED);
  // Review: F8 goes to the first finding; its tooltip shows; Enter takes
  // the focus to its switch; Space keeps it visible.
  await page.keyboard.press("F8");
  assert.match((await hush.focused()).label, /^\[CARD\]: card number, redacted/);
  assert.ok(await focusVisible(page));
  assert.match(await hush.tip.textContent(), /Luhn ok/);
  await page.keyboard.press("Enter");
  assert.equal((await hush.focused()).label, "Redact");
  await page.keyboard.press("Space");
  assert.ok((await hush.outputText()).includes(CARD));
  // Undo.
  await page.keyboard.press("Control+Z");
  assert.equal(await hush.outputText(), REDACTED);
  // Redact a selection made with the keyboard in the input.
  await tabTo(page, hush, (f) => f.testid === "input", 60, true);
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("End");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.press("Control+Shift+H");
  assert.ok((await hush.outputText()).startsWith("[REDACTED]\n"), await hush.outputText());
  // The style, by Tab and Enter: no arrow keys needed.
  await tabTo(page, hush, (f) => f.label.startsWith("Mask"), 60, true);
  await page.keyboard.press("Enter");
  assert.equal(await hush.styleChosen("Mask"), true);
  // A kind, by Tab and Space.
  await tabTo(page, hush, (f) => f.label.startsWith("CVVs"), 60, true);
  await page.keyboard.press("Space");
  assert.equal(await hush.kind("CVVs").isChecked(), false);
  // Copy.
  await tabTo(page, hush, (f) => f.testid === "copy");
  await page.keyboard.press("Enter");
  await hush.notice.waitFor();
  assert.equal(await hush.clipboard(), await hush.outputText());
  // Every control on the way has a name.
  await page.locator("h1").click();
  const names = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const f = await hush.focused();
    if (!f) break;
    const key = `${f.tag}#${f.id}:${f.label}`;
    if (names.includes(key)) break;
    names.push(key);
  }
  assert.ok(names.every((n) => n.split(":")[1].trim().length > 0), names.join("\n"));
  // (Redo is disabled here: nothing was undone.)
  for (const want of ["Card numbers", "Label", "Open file…", "Clear", "Text to redact", "Download .txt", "Cop", "Undo", "Redact selection", "Redacted text", "Next", "Findings", "Redact"]) {
    assert.ok(names.some((n) => n.split(":")[1].includes(want)), `${want} in\n${names.join("\n")}`);
  }
  await context.close();
});

test("the summary is a polite live region; toggles expose their state", async () => {
  const { context, page, hush } = await openHush();
  assert.equal(await hush.summary.getAttribute("aria-live"), "polite");
  await hush.paste(NOTE);
  const snap = await page.locator("main").ariaSnapshot();
  assert.match(snap, /switch "Redact Card number Visa •••• 1111" \[checked\]/);
  assert.match(snap, /button "\[CARD\]: card number, redacted\. Visa, 16 digits, Luhn ok"/);
  await hush.keep("card");
  const after = await page.locator("main").ariaSnapshot();
  assert.match(after, /switch "Redact Card number Visa •••• 1111"(?! \[checked\])/);
  const settings = await page.locator(".settings").ariaSnapshot();
  assert.match(settings, /button "Label" \[pressed\]/);
  assert.match(settings, /checkbox "Card numbers" \[checked\]/);
  await context.close();
});
