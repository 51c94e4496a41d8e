// Reviewing the result: redacting what was missed, keeping what was
// redacted by mistake, undo and redo, moving between findings, and copying
// exactly what the view shows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HushPage } from "./hush-page.mjs";
import { CARD, NOTE, REDACTED, SSN, newContext, useApp } from "./fixtures.mjs";

const app = useApp();

async function openHush(options) {
  const context = await newContext(app, options);
  const page = await context.newPage();
  const hush = new HushPage(page);
  await hush.open(app.url);
  return { context, page, hush };
}

const MEMBER = "Member MX-4471-22 called about her card.";

test("text selected in the output is redacted by hand, and stays redacted while editing", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(`${MEMBER}\n${NOTE}`);
  await hush.selectInOutput("MX-4471-22");
  await hush.redactButton.click();
  const out = await hush.outputText();
  assert.ok(!out.includes("MX-4471-22"), out);
  assert.ok(out.startsWith("Member [REDACTED] called"), out);
  assert.equal(await hush.highlight("manual").count(), 1);
  assert.match(await hush.summary.textContent(), /1 selection redacted by hand/);
  assert.match(await hush.item("manual").textContent(), /Redacted by hand/);
  // Match by text: typing before it and a second occurrence keep it hidden.
  await hush.input.focus();
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("Re: MX-4471-22. ");
  const edited = await hush.outputText();
  assert.ok(!edited.includes("MX-4471-22"), edited);
  assert.equal(await hush.highlight("manual").count(), 2);
  // Undo and redo, with the buttons.
  await hush.undoButton.click();
  assert.ok((await hush.outputText()).includes("MX-4471-22"));
  assert.equal(await hush.noticeText(), "Undone: redact the selection.");
  await hush.redoButton.click();
  assert.ok(!(await hush.outputText()).includes("MX-4471-22"));
  // Copy takes exactly what the view shows.
  await hush.copy();
  assert.equal(await hush.clipboard(), await hush.outputText());
  await context.close();
});

test("a keyboard selection in the original is redacted with Ctrl+Shift+H", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(MEMBER);
  await hush.input.focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 7; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < 10; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Control+Shift+H");
  assert.equal(await hush.outputText(), "Member [REDACTED] called about her card.");
  // Ctrl+Z in the input is the text area's own undo: the typing is not
  // touched, the page's undo button is.
  await hush.undoButton.click();
  assert.equal(await hush.outputText(), MEMBER);
  await context.close();
});

test("a keyboard selection in the output is redacted", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(MEMBER);
  await hush.output.focus();
  // Shift+Ctrl+Right selects word by word from the start of the text.
  await page.keyboard.press("Control+Shift+ArrowRight");
  await page.keyboard.press("Control+Shift+ArrowRight");
  const selected = await page.evaluate(() => String(getSelection()).trim());
  assert.match(selected, /^Member MX/);
  await page.keyboard.press("Control+Shift+H");
  assert.ok((await hush.outputText()).startsWith("[REDACTED]"), await hush.outputText());
  await context.close();
});

test("selecting part of a kept finding redacts it again, in one undoable step", async () => {
  const { context, hush } = await openHush();
  await hush.paste(NOTE);
  await hush.keep("card");
  assert.ok((await hush.outputText()).includes(CARD));
  await hush.selectInOutput("1111 1111");
  await hush.redactButton.click();
  assert.equal(await hush.outputText(), REDACTED);
  await hush.undoButton.click();
  assert.ok((await hush.outputText()).includes(CARD));
  // Nothing selected: the page says how.
  await hush.page.evaluate(() => getSelection().removeAllRanges());
  await hush.output.click({ position: { x: 2, y: 2 } });
  await hush.redactButton.click();
  assert.match(await hush.noticeText(), /^Select some text/);
  await context.close();
});

test("every review action is undone and redone with Ctrl+Z and Ctrl+Shift+Z", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(NOTE);
  const states = [await hush.outputText()];
  await hush.keep("card");
  states.push(await hush.outputText());
  await hush.kind("CVVs").uncheck();
  states.push(await hush.outputText());
  await hush.style("Mask").click();
  states.push(await hush.outputText());
  await hush.selectInOutput("Dana");
  await hush.redactButton.click();
  states.push(await hush.outputText());
  await hush.output.focus();
  for (let i = states.length - 2; i >= 0; i--) {
    await page.keyboard.press("Control+Z");
    assert.equal(await hush.outputText(), states[i], `undo to ${i}`);
  }
  assert.equal(await hush.undoButton.isDisabled(), true);
  assert.equal(await hush.kind("CVVs").isChecked(), true);
  for (let i = 1; i < states.length; i++) {
    await page.keyboard.press("Control+Shift+Z");
    assert.equal(await hush.outputText(), states[i], `redo to ${i}`);
  }
  assert.equal(await hush.redoButton.isDisabled(), true);
  assert.equal(await hush.styleChosen("Mask"), true);
  await context.close();
});

test("opening a file can be undone", async () => {
  const { context, hush } = await openHush();
  await hush.paste(NOTE);
  await hush.openFile("other.txt", "text/plain", `SSN ${SSN}`);
  await hush.page.getByText("Opened other.txt.").waitFor();
  assert.equal(await hush.outputText(), "SSN [SSN]");
  await hush.notice.getByRole("button", { name: "Undo" }).click();
  assert.equal(await hush.inputText(), NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  await context.close();
});

test("Copied never goes stale, and copying kept findings asks first", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(NOTE);
  await hush.copy();
  await hush.notice.waitFor();
  assert.equal(await hush.copyButton.textContent(), "Copied ✓");
  // Any change clears it at once.
  await hush.keep("card");
  assert.equal(await hush.copyButton.textContent(), "Copy");
  assert.equal(await hush.notice.count(), 0);
  // With a finding kept, Copy asks; Cancel copies nothing.
  await page.evaluate(() => navigator.clipboard.writeText("sentinel"));
  await hush.copy();
  assert.equal(
    await hush.noticeText(),
    "1 finding is kept visible and will be copied unredacted.",
  );
  const confirm = page.getByTestId("confirm");
  assert.equal(await confirm.evaluate((el) => el === document.activeElement), true);
  await hush.notice.getByRole("button", { name: "Cancel" }).click();
  assert.equal(await hush.clipboard(), "sentinel");
  await hush.copy();
  await confirm.click();
  await page.getByText("Copied, with").waitFor();
  assert.equal(await hush.noticeText(), "Copied, with 1 finding kept visible (not redacted).");
  assert.equal(await hush.clipboard(), await hush.outputText());
  assert.ok((await hush.clipboard()).includes(CARD));
  // The style change clears it too, and the message hides by itself.
  await hush.style("Mask").click();
  assert.equal(await hush.copyButton.textContent(), "Copy");
  await hush.keep("card");
  await hush.copy();
  await hush.notice.waitFor();
  await hush.notice.waitFor({ state: "detached", timeout: 10_000 });
  assert.equal(await hush.copyButton.textContent(), "Copy");
  await context.close();
});

test("after a paste the first finding is in view, and F8 walks the findings", async () => {
  const { context, page, hush } = await openHush({ viewport: { width: 1280, height: 800 } });
  const filler = Array.from({ length: 80 }, (_, i) => `Line ${i}: nothing to see.`);
  const text = [...filler, `Card ${CARD}`, ...filler, `SSN ${SSN}`, ...filler].join("\n");
  await hush.pasteFromClipboard(text);
  const visible = async (loc) => {
    const [m, o] = await Promise.all([loc.boundingBox(), hush.output.boundingBox()]);
    return m.y >= o.y && m.y + m.height <= o.y + o.height;
  };
  assert.equal(await visible(hush.highlight("card")), true, "first finding in view");
  // The focus stays in the input after a paste.
  assert.equal(await hush.input.evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press("F8");
  await page.keyboard.press("F8");
  const ssn = hush.highlight("ssn");
  assert.equal(await ssn.evaluate((el) => el === document.activeElement), true);
  assert.equal(await visible(ssn), true, "second finding in view");
  await page.keyboard.press("Shift+F8");
  assert.equal(await hush.highlight("card").evaluate((el) => el === document.activeElement), true);
  // Choosing an entry in the list scrolls to and focuses its highlight.
  await hush.item("ssn").locator(".finding-go").click();
  assert.equal(await ssn.evaluate((el) => el === document.activeElement), true);
  assert.equal(await hush.item("ssn").getAttribute("aria-current"), "true");
  await page.getByTestId("prev-finding").click();
  assert.equal(await hush.highlight("card").evaluate((el) => el === document.activeElement), true);
  await context.close();
});

test("the footer times the redaction, not the last action", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(NOTE.repeat(40));
  const timing = page.getByTestId("timing");
  const first = await timing.getAttribute("data-core-ms");
  // Hiding a message or choosing a finding redacts nothing.
  await hush.item("card").locator(".finding-go").click();
  await page.keyboard.press("F8");
  assert.equal(await timing.getAttribute("data-core-ms"), first);
  await context.close();
});

test("a long list shows a window of findings around the current one", async () => {
  const { context, page, hush } = await openHush();
  const lines = Array.from({ length: 250 }, (_, i) => `Ticket ${i}: SSN 123-13-${String(1000 + i)}`);
  await hush.paste(lines.join("\n"));
  assert.equal(await hush.highlights.count(), 250);
  assert.equal(await hush.items.count(), 200);
  assert.equal(await page.getByTestId("findings-window").textContent(),
    "Showing 1 to 200 of 250. Previous and Next (F8) go through all of them.");
  // The last finding, from the start: Shift+F8 wraps around; Enter on it
  // reaches its switch, which the list then shows.
  await hush.output.focus();
  await page.keyboard.press("Shift+F8");
  const last = hush.highlights.last();
  assert.equal(await last.evaluate((el) => el === document.activeElement), true);
  await page.keyboard.press("Enter");
  const f = await hush.focused();
  assert.equal(f.id, "finding-switch-249");
  await context.close();
});
