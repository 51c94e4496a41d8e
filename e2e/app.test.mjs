// What an agent does with Hush: paste, check, fix, copy, save, clear.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HushPage } from "./hush-page.mjs";
import {
  ARTIFACTS, CARD, CARD2, NOTE, REDACTED, SSN, newContext, useApp,
} from "./fixtures.mjs";

const app = useApp();

async function openHush(options) {
  const context = await newContext(app, options);
  const page = await context.newPage();
  const hush = new HushPage(page);
  await hush.open(app.url);
  return { context, page, hush };
}

test("a pasted note is redacted live, with each finding explained", async () => {
  const { context, hush } = await openHush();
  await hush.pasteFromClipboard(NOTE);
  assert.equal(await hush.inputText(), NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  assert.equal(
    await hush.summary.textContent(),
    "1 card number, 1 SSN, 1 CVV, 1 expiry date redacted",
  );
  assert.equal(await hush.highlights.count(), 4);
  // Kind, reason and state in a tooltip on hover and on keyboard focus,
  // outside the text (the output's text is still exactly the redaction).
  const card = hush.highlight("card");
  await card.hover();
  assert.match(await hush.tip.textContent(), /^Card number.*Luhn ok.*Redacted/);
  await hush.highlight("ssn").focus();
  assert.match(await hush.tip.textContent(), /^SSN/);
  assert.equal(await hush.outputText(), REDACTED);
  assert.match(await card.getAttribute("aria-label"), /^\[CARD\]: card number, redacted\. Visa.*Luhn/);
  // The findings list has the same, with masked previews.
  assert.deepEqual(
    await hush.items.locator(".finding-go").allTextContents(),
    ["Card numberVisa •••• 1111", "Expiry dateExpiry ••/••", "CVVCVV •••", "SSNSSN •••-••-7435"],
  );
  assert.match(await hush.item("card").textContent(), /Visa, 16 digits, Luhn ok/);
  // Typing more updates the output at once, with no button.
  await hush.input.press("End");
  await hush.input.type(` Second card ${CARD2}.`);
  assert.equal(await hush.outputText(), `${REDACTED} Second card [CARD].`);
  await context.close();
});

test("copy puts exactly the redacted text on the clipboard", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(NOTE);
  await hush.copy();
  assert.equal(await hush.noticeText(), "Copied the redacted text.");
  assert.equal(await hush.copyButton.textContent(), "Copied ✓");
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip, REDACTED);
  await context.close();
});

test("when the clipboard is blocked, the output is selected instead", async () => {
  const context = await newContext(app);
  await context.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException("blocked", "NotAllowedError"));
  });
  const page = await context.newPage();
  const hush = new HushPage(page);
  await hush.open(app.url);
  await hush.paste(NOTE);
  await hush.copy();
  assert.match(await hush.noticeText(), /press Ctrl\+C/);
  const selected = await page.evaluate(() => String(getSelection()));
  assert.equal(selected, REDACTED);
  await context.close();
});

test("kinds and style can be changed, and are remembered", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(NOTE);
  await hush.kind("SSNs").uncheck();
  assert.ok((await hush.outputText()).includes(`SSN ${SSN} for`));
  assert.match(await hush.summary.textContent(), /SSNs are not being redacted$/);
  await hush.style("Mask").click();
  const masked = await hush.outputText();
  assert.ok(masked.includes("card **** **** **** ****, exp **/**, cvv ***."));
  assert.equal([...masked].length, [...NOTE].length);
  await hush.style("Last 4").click();
  assert.ok((await hush.outputText()).includes("[CARD ending 1111]"));
  assert.equal(await hush.styleChosen("Last 4"), true);
  assert.equal(await hush.styleChosen("Mask"), false);
  // Settings persist across visits; the text does not.
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  assert.equal(await hush.kind("SSNs").isChecked(), false);
  assert.equal(await hush.kind("Card numbers").isChecked(), true);
  assert.equal(await hush.styleChosen("Last 4"), true);
  assert.equal(await hush.inputText(), "");
  // What is off is said every time, even before any text.
  assert.equal(await hush.summary.textContent(), "SSNs are not being redacted");
  await context.close();
});

test("turning every kind off works for this visit only", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(NOTE);
  for (const name of ["Card numbers", "SSNs", "CVVs", "Expiry dates"]) {
    await hush.kind(name).uncheck();
  }
  assert.equal(await hush.outputText(), NOTE);
  assert.match(await page.getByTestId("all-off").textContent(), /nothing is being redacted/);
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  for (const name of ["Card numbers", "SSNs", "CVVs", "Expiry dates"]) {
    assert.equal(await hush.kind(name).isChecked(), true, name);
  }
  // A stored setting that turns everything off (an older page wrote
  // them) is ignored too.
  await page.evaluate(() => localStorage.setItem("hush.settings", "kinds=;style=mask"));
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  assert.equal(await hush.kind("CVVs").isChecked(), true);
  assert.equal(await hush.styleChosen("Mask"), true);
  await context.close();
});

test("clicking a highlight never un-redacts it; the labelled switch does", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(NOTE);
  const card = hush.highlight("card");
  await card.click();
  assert.equal(await hush.outputText(), REDACTED);
  // It chose the finding: the focus is on its switch in the list.
  const sw = hush.switchOf(hush.item("card"));
  assert.equal(await sw.evaluate((el) => el === document.activeElement), true);
  assert.equal(await sw.getAttribute("aria-checked"), "true");
  assert.match(await sw.evaluate((el) => el.getAttribute("aria-labelledby")), /finding-switch-0 finding-go-0/);
  await page.keyboard.press("Space");
  assert.ok((await hush.outputText()).includes(`card ${CARD}, exp [EXPIRY]`));
  assert.equal(await sw.getAttribute("aria-checked"), "false");
  assert.match(await hush.summary.textContent(), /· 1 kept visible$/);
  assert.match(await hush.item("card").textContent(), /Kept visible/);
  const kept = hush.highlight("card");
  assert.match(await kept.getAttribute("aria-label"), /^4111 1111 1111 1111: card number, kept visible\./);
  // Enter toggles too.
  await sw.focus();
  await page.keyboard.press("Enter");
  assert.equal(await hush.outputText(), REDACTED);
  await context.close();
});

test("a card read over several turns is one finding with a highlight per turn", async () => {
  const { context, hush } = await openHush();
  const transcript = [
    "Agent: Can I get the card number?",
    "Customer: four one one one, one one one one",
    "Agent: uh huh",
    "Customer: one one one one, one one one one",
    "Agent: And the expiry?",
    "Customer: oh nine twenty seven",
  ].join("\n");
  await hush.paste(transcript);
  assert.equal(
    await hush.outputText(),
    [
      "Agent: Can I get the card number?",
      "Customer: [CARD]",
      "Agent: uh huh",
      "Customer: [CARD]",
      "Agent: And the expiry?",
      "Customer: [EXPIRY]",
    ].join("\n"),
  );
  assert.equal(await hush.summary.textContent(), "1 card number, 1 expiry date redacted");
  const parts = hush.highlight("card");
  assert.equal(await parts.count(), 2);
  await parts.first().hover();
  assert.match(await hush.tip.textContent(), /read over 2 turns/);
  // Keeping the card visible shows both of its parts again.
  await hush.keep("card");
  const out = await hush.outputText();
  assert.ok(out.includes("Customer: four one one one, one one one one"));
  assert.ok(out.includes("Customer: one one one one, one one one one"));
  await context.close();
});

test("a text file opens into the input; a binary one is refused", async () => {
  const { context, hush } = await openHush();
  await hush.openFile("notes.txt", "text/plain", NOTE);
  await hush.notice.waitFor();
  assert.equal(await hush.inputText(), NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  assert.equal(await hush.noticeText(), "Opened notes.txt.");

  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]);
  await hush.openFile("photo.png", "image/png", png);
  await hush.page.getByText("photo.png").waitFor();
  assert.equal(
    await hush.noticeText(),
    "Could not open photo.png: it is not a text file. Your text is unchanged.",
  );
  await hush.openFile("latin1.txt", "text/plain", Buffer.from([0x63, 0xe9, 0x20]));
  await hush.page.getByText("latin1.txt").waitFor();
  assert.match(await hush.noticeText(), /not UTF-8 text \(byte 1/);
  assert.equal(await hush.inputText(), NOTE);
  assert.equal(await hush.outputText(), REDACTED);

  // Dropping a transcript works too.
  const vtt = `WEBVTT\n\n00:00.000 --> 00:04.000\nMy SSN is ${SSN}.\n`;
  await hush.dropFile("call.vtt", "text/vtt", vtt);
  await hush.page.getByText("Opened call.vtt.").waitFor();
  assert.equal(await hush.inputText(), vtt);
  assert.ok((await hush.outputText()).includes("My SSN is [SSN]."));
  await context.close();
});

test("download saves the redacted text; clear empties the page and can be undone", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(NOTE);
  const saved = await hush.download();
  assert.equal(saved.name, "redacted.txt");
  assert.equal(saved.text, REDACTED);
  await hush.clear();
  assert.equal(await hush.inputText(), "");
  assert.equal(await hush.outputText(), "");
  assert.equal(await hush.copyButton.isDisabled(), true);
  assert.equal(await hush.input.evaluate((el) => el === document.activeElement), true);
  // The focus is in the input, which has no typing to undo: Ctrl+Z brings
  // the note back.
  await page.keyboard.press("Control+Z");
  assert.equal(await hush.inputText(), NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  assert.equal(await hush.noticeText(), "Undone: clear.");
  await page.keyboard.press("Control+Shift+Z");
  assert.equal(await hush.inputText(), "");
  await context.close();
});

test("layout works from a phone to a wide screen, light and dark", async () => {
  const sizes = [
    { name: "desktop", width: 1280, height: 800, colorScheme: "light" },
    { name: "laptop-1366", width: 1366, height: 768, colorScheme: "light" },
    { name: "desktop-dark", width: 1280, height: 800, colorScheme: "dark" },
    { name: "tablet", width: 1024, height: 768, colorScheme: "light" },
    { name: "phone", width: 320, height: 640, colorScheme: "light", isMobile: true },
    { name: "wide", width: 1920, height: 1080, colorScheme: "light" },
  ];
  for (const size of sizes) {
    const { context, page, hush } = await openHush({
      viewport: { width: size.width, height: size.height },
      colorScheme: size.colorScheme,
      isMobile: size.isMobile ?? false,
    });
    await hush.paste(NOTE);
    await hush.keep("expiry");
    await hush.highlight("card").focus();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 0, `${size.name}: ${overflow}px sideways scroll`);
    const [a, b] = await Promise.all([hush.input.boundingBox(), hush.output.boundingBox()]);
    const sideBySide = Math.abs(a.y - b.y) < 60 && b.x > a.x + a.width;
    assert.equal(sideBySide, size.width >= 900, `${size.name}: panes`);
    if (sideBySide) {
      // The same height, so the two are easy to compare.
      assert.ok(Math.abs(a.height - b.height) < 4, `${size.name}: heights ${a.height} ${b.height}`);
    }
    // The tooltip is next to the highlight, and the message line never
    // covers the output.
    const [tip, mark] = await Promise.all([hush.tip.boundingBox(), hush.highlight("card").boundingBox()]);
    assert.ok(tip.y >= mark.y + mark.height - 1 && tip.y < mark.y + mark.height + 20, `${size.name}: tip`);
    await hush.copyButton.click();
    await page.getByTestId("confirm").click();
    const notice = await hush.notice.boundingBox();
    const out = await hush.output.boundingBox();
    assert.ok(notice.y + notice.height <= out.y, `${size.name}: message over the output`);
    if (size.width >= 1200) {
      // Laptop screens: the top of the output and the findings list are in
      // view without scrolling.
      const list = await hush.findings.boundingBox();
      assert.ok(out.y + 100 < size.height, `${size.name}: output below the fold`);
      assert.ok(list.y + 60 < size.height, `${size.name}: findings below the fold`);
    }
    await page.screenshot({ path: `${ARTIFACTS}${size.name}.png`, fullPage: true });
    await context.close();
  }
});
