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
  // Kind and reason on hover and on keyboard focus.
  const card = hush.highlight("card");
  await card.hover();
  assert.match(await hush.inspector.textContent(), /^Card number.*Luhn.*Click to show it\.$/);
  await hush.highlight("ssn").focus();
  assert.match(await hush.inspector.textContent(), /^SSN/);
  assert.match(await card.getAttribute("aria-label"), /^Redacted card number \(.*Luhn/);
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
  assert.equal(await hush.noticeText(), "✓Copied the redacted text.");
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
  await hush.style("Mask").check();
  const masked = await hush.outputText();
  assert.ok(masked.includes("card **** **** **** ****, exp **/**, cvv ***."));
  assert.equal([...masked].length, [...NOTE].length);
  await hush.style("Last 4").check();
  assert.ok((await hush.outputText()).includes("[CARD ending 1111]"));
  // Settings persist across visits; the text does not.
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  assert.equal(await hush.kind("SSNs").isChecked(), false);
  assert.equal(await hush.kind("Card numbers").isChecked(), true);
  assert.equal(await hush.style("Last 4").isChecked(), true);
  assert.equal(await hush.inputText(), "");
  await context.close();
});

test("clicking a highlight un-redacts it; clicking again redacts it", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(NOTE);
  const card = hush.highlight("card");
  await card.click();
  assert.ok((await hush.outputText()).includes(`card ${CARD}, exp [EXPIRY]`));
  assert.equal(await card.getAttribute("aria-pressed"), "true");
  assert.match(await hush.summary.textContent(), /· 1 kept visible$/);
  // The same finding, by keyboard.
  await card.focus();
  await page.keyboard.press("Enter");
  assert.equal(await hush.outputText(), REDACTED);
  await page.keyboard.press(" ");
  assert.ok((await hush.outputText()).includes(CARD));
  await page.keyboard.press(" ");
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
  assert.match(await hush.inspector.textContent(), /read over 2 turns/);
  // Keeping the card visible shows both of its parts again.
  await parts.first().click();
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
  assert.equal(await hush.noticeText(), "✓Opened notes.txt.");

  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]);
  await hush.openFile("photo.png", "image/png", png);
  await hush.page.getByText("photo.png").waitFor();
  assert.equal(
    await hush.noticeText(),
    "!Could not open photo.png: it is not a text file. Your text is unchanged.",
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

test("download saves the redacted text; clear empties the page", async () => {
  const { context, hush } = await openHush();
  await hush.paste(NOTE);
  const saved = await hush.download();
  assert.equal(saved.name, "redacted.txt");
  assert.equal(saved.text, REDACTED);
  await hush.clear();
  assert.equal(await hush.inputText(), "");
  assert.equal(await hush.outputText(), "");
  assert.equal(await hush.copyButton.isDisabled(), true);
  assert.equal(await hush.input.evaluate((el) => el === document.activeElement), true);
  await context.close();
});

test("layout works from a phone to a wide screen, light and dark", async () => {
  const sizes = [
    { name: "desktop", width: 1280, height: 800, colorScheme: "light" },
    { name: "desktop-dark", width: 1280, height: 800, colorScheme: "dark" },
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
    await hush.highlight("expiry").click();
    await hush.highlight("card").focus();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    assert.ok(overflow <= 0, `${size.name}: ${overflow}px sideways scroll`);
    const [a, b] = await Promise.all([hush.input.boundingBox(), hush.output.boundingBox()]);
    const sideBySide = Math.abs(a.y - b.y) < 60 && b.x > a.x + a.width;
    assert.equal(sideBySide, size.width >= 900, `${size.name}: panes`);
    await page.screenshot({ path: `${ARTIFACTS}${size.name}.png`, fullPage: true });
    await context.close();
  }
});

test("every control is reachable by keyboard and has a name", async () => {
  const { context, page, hush } = await openHush();
  await hush.paste(NOTE);
  const names = [];
  // Start from the top: clicking the heading moves the point where
  // sequential focus navigation starts.
  await page.locator("h1").click();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const label = el.getAttribute("aria-label")
        ?? el.labels?.[0]?.textContent
        ?? el.textContent;
      return `${el.tagName.toLowerCase()}:${label.trim()}`;
    });
    if (name === null || names.includes(name)) break;
    names.push(name);
  }
  for (const want of [
    "input:Card numbers", "input:Label", "button:Open file…", "button:Clear",
    "textarea:Text to redact", "button:Download .txt", "button:Copy",
  ]) {
    assert.ok(names.some((n) => n.startsWith(want)), `${want} in ${names}`);
  }
  assert.ok(names.some((n) => n.startsWith("mark:Redacted card number")), names.join());
  assert.ok(names.every((n) => n.split(":")[1].length > 0), names.join());
  await context.close();
});
