// The page object: what a person can do on the Hush page, in their words.
// Specs use it instead of selectors; it finds controls by test id or by
// accessible name, as the web app issue's testing contract says.
import { readFile } from "node:fs/promises";

export class HushPage {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
    this.input = page.getByTestId("input");
    this.output = page.getByTestId("output");
    this.copyButton = page.getByTestId("copy");
    this.downloadButton = page.getByRole("button", { name: "Download .txt" });
    this.clearButton = page.getByRole("button", { name: "Clear" });
    this.undoButton = page.getByTestId("undo");
    this.redoButton = page.getByTestId("redo");
    this.redactButton = page.getByTestId("redact-selection");
    this.summary = page.getByTestId("summary");
    this.notice = page.getByTestId("notice");
    this.tip = page.getByTestId("tip");
    this.policy = page.getByTestId("policy");
    this.findings = page.getByTestId("findings");
    this.items = this.findings.locator("li");
    this.highlights = this.output.locator("mark.finding");
  }

  async open(url) {
    await this.page.goto(url);
    await this.page.locator("html[data-ready]").waitFor({ state: "attached" });
  }

  /** Replaces the input with `text`, as typing over it would. */
  async paste(text) {
    await this.input.fill(text);
  }

  /** Pastes `text` through the real clipboard and Ctrl+V. */
  async pasteFromClipboard(text) {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.input.focus();
    await this.page.keyboard.press("Control+V");
  }

  /** Exactly the redacted text: the output element's text content. */
  outputText() {
    return this.output.evaluate((el) => el.textContent);
  }

  async inputText() {
    return this.input.inputValue();
  }

  kind(name) {
    return this.page.getByRole("checkbox", { name });
  }

  /** The style button named `name` ("Label", "Mask"...). */
  style(name) {
    return this.page
      .getByRole("group", { name: "Replace with" })
      .getByRole("button", { name, exact: true });
  }

  async styleChosen(name) {
    return (await this.style(name).getAttribute("aria-pressed")) === "true";
  }

  highlight(kind) {
    return this.output.locator(`mark.finding[data-kind="${kind}"]`);
  }

  /** The findings list entry for the `n`th finding of `kind`. */
  item(kind, n = 0) {
    return this.findings.locator(`li[data-kind="${kind}"]`).nth(n);
  }

  /** The Redact switch of a findings list entry. */
  switchOf(item) {
    return item.getByRole("switch");
  }

  /** Turns a finding's Redact switch off: keeps it visible. */
  async keep(kind, n = 0) {
    await this.switchOf(this.item(kind, n)).click();
  }

  /** Selects the first occurrence of `text` in the output, as a mouse drag would. */
  async selectInOutput(text) {
    const found = await this.output.evaluate((el, text) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push([n, all.length]);
        all += n.data;
      }
      const at = all.indexOf(text);
      if (at < 0) return false;
      const locate = (offset) => {
        for (let i = nodes.length - 1; i >= 0; i--) {
          const [node, start] = nodes[i];
          if (offset >= start) return [node, offset - start];
        }
        return [el, 0];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + text.length));
      const sel = getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }, text);
    if (!found) throw new Error(`"${text}" is not in the output`);
  }

  /** Selects the first occurrence of `text` in the input. */
  async selectInInput(text) {
    const value = await this.inputText();
    const at = value.indexOf(text);
    if (at < 0) throw new Error(`"${text}" is not in the input`);
    await this.input.focus();
    await this.input.evaluate((el, [a, b]) => el.setSelectionRange(a, b), [at, at + text.length]);
  }

  async copy() {
    await this.copyButton.click();
  }

  /** The message's text, without its buttons. */
  async noticeText() {
    await this.notice.waitFor();
    return (await this.notice.locator(".notice-text").textContent()).trim();
  }

  async clipboard() {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async openFile(name, mimeType, content) {
    const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
    await this.page.getByTestId("file").setInputFiles({ name, mimeType, buffer });
  }

  /** Drops a file on the page, as dragging it from the desktop would. */
  async dropFile(name, mimeType, text) {
    const dataTransfer = await this.page.evaluateHandle(
      ([name, mimeType, text]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], name, { type: mimeType }));
        return dt;
      },
      [name, mimeType, text],
    );
    await this.page.locator(".app").dispatchEvent("dragover", { dataTransfer });
    await this.page.locator(".app").dispatchEvent("drop", { dataTransfer });
  }

  /**
   * Clicks Download (and "Save anyway" if the page asks, with findings
   * kept visible); returns the saved file's name and text.
   */
  async download() {
    const downloaded = this.page.waitForEvent("download");
    await this.downloadButton.click();
    const asked = this.page.getByTestId("confirm");
    const first = await Promise.race([
      downloaded.then(() => "saved"),
      asked.waitFor().then(() => "asked"),
    ]);
    if (first === "asked") await asked.click();
    const download = await downloaded;
    const text = await readFile(await download.path(), "utf8");
    return { name: download.suggestedFilename(), text };
  }

  async clear() {
    await this.clearButton.click();
  }

  /** The element with the keyboard focus: tag, test id and accessible name. */
  focused() {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      return {
        tag: el.tagName.toLowerCase(),
        testid: el.dataset.testid ?? null,
        label: (el.getAttribute("aria-label") ?? el.labels?.[0]?.textContent ?? el.textContent).trim(),
        id: el.id,
      };
    });
  }
}
