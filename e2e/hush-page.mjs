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
    this.summary = page.getByTestId("summary");
    this.notice = page.getByTestId("notice");
    this.inspector = page.getByTestId("inspector");
    this.highlights = this.output.locator("mark.finding");
  }

  async open(url) {
    await this.page.goto(url);
    await this.page.locator("html[data-ready]").waitFor({ state: "attached" });
  }

  /** Replaces the input with `text`, as typing or pasting over it would. */
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

  style(name) {
    return this.page.getByRole("radio", { name });
  }

  highlight(kind) {
    return this.output.locator(`mark.finding[data-kind="${kind}"]`);
  }

  async copy() {
    await this.copyButton.click();
  }

  async noticeText() {
    await this.notice.waitFor();
    return (await this.notice.textContent()).replace(/\s*\u00d7$/, "");
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

  /** Clicks Download; returns the saved file's name and text. */
  async download() {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.downloadButton.click(),
    ]);
    const text = await readFile(await download.path(), "utf8");
    return { name: download.suggestedFilename(), text };
  }

  async clear() {
    await this.clearButton.click();
  }
}
