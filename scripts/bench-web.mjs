// Measures the web app in headless Chromium and prints the numbers:
//   1. the gzipped (-9) transfer size of each file of dist/ and the total;
//   2. time-to-interactive on 127.0.0.1: from navigation start to the
//      app's `hush-interactive` performance mark (first render done);
//   3. per-keystroke redaction of a 20 KB note: the core (scan + redact +
//      highlight segments, timed inside the reducer), the view's render,
//      the whole input event, and a real key press to the next animation
//      frame, each as median and 95th percentile;
//   4. by size (20 KB, 1 MB, 50 MB; SIZES in MB overrides, e.g.
//      SIZES=0.02,1): paste to output (from the paste to the first frame
//      that shows the whole result: up to 32 KB scanned in the page, up to
//      1 MB in the scan worker with the output highlighted, above that in
//      the worker as a big text), a key press to the next frame (typing;
//      for a big text, which is read-only, a key press while it is being
//      redacted), a key press to the updated output, and the longest
//      main-thread task (PerformanceObserver 'longtask') from the paste to
//      the result. It ends with a table of section 4.
// Nothing here is asserted: these are measurements, not tests.
//
//   node scripts/bench-web.mjs [dist]     (scripts/bench-web.sh builds first)
import { readdir, readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { launch } from "../e2e/browser.mjs";
import { serve } from "../e2e/server.mjs";

const dist = process.argv[2] ?? "dist";
const RUNS = Number(process.env.RUNS ?? 15);
const KEYS = Number(process.env.KEYS ?? 40);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(2)} ms`;

// 1. Transfer size.
console.log("Transfer size (gzip -9)");
let total = 0;
let totalRaw = 0;
const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath ?? e.path, e.name).slice(dist.length).replace(/^\//, ""))
  .sort();
for (const name of files) {
  const raw = await readFile(join(dist, name));
  const gz = gzipSync(raw, { level: 9 }).length;
  total += gz;
  totalRaw += raw.length;
  console.log(`  ${name.padEnd(40)} ${kb(raw.length).padStart(10)} raw ${kb(gz).padStart(10)} gz`);
}
console.log(`  ${"total".padEnd(40)} ${kb(totalRaw).padStart(10)} raw ${kb(total).padStart(10)} gz`);

// A realistic 20 KB call note: mostly prose, with cards, SSNs, CVVs and
// expiry dates, phone numbers and order numbers here and there.
function note(bytes) {
  const lines = [
    "Agent: Thanks for calling, how can I help you today?",
    "Customer: I want to update the card on file, it's 4111 1111 1111 1111, exp 09/27, cvv 123.",
    "Agent: Got it. Can you confirm the last four of your social?",
    "Customer: Sure, full SSN is 123-13-7435.",
    "Note: order 1043-2291-5532 shipped, tracking sent, callback 555-867-5309.",
    "Customer: the other card is 5555-5555-5555-4444 expires 11/2026 security code 456.",
    "Agent: I have updated the account and emailed a confirmation to the customer.",
    "Follow-up: customer asked about the refund for invoice 8812 dated 2024-03-14.",
  ];
  let out = "";
  for (let i = 0; out.length < bytes; i++) out += lines[i % lines.length] + "\n";
  return out.slice(0, bytes);
}

const SIZES = (process.env.SIZES ?? "0.02,1,50").split(",").map(Number);
const SIZE_KEYS = Number(process.env.SIZE_KEYS ?? 10);

const server = await serve(dist);
const browser = await launch();

/** One size: a fresh page, one paste, a few key presses (see the top). */
async function bySize(mb) {
  // Decimal megabytes: "1 MB" stays under the 1 MiB the text box keeps.
  const bytes = Math.round(mb * 1000 * 1000);
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__long = [];
    const keep = (list) => {
      for (const e of list) window.__long.push([e.startTime, e.duration]);
    };
    window.__obs = new PerformanceObserver((list) => keep(list.getEntries()));
    window.__obs.observe({ type: "longtask", buffered: true });
    window.__flush = () => keep(window.__obs.takeRecords());
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await page.evaluate(`window.__note = ${note.toString()}`);
  const big = bytes > 1024 * 1024;
  if (!big && bytes > 1024 * 1024 - 64) throw new Error("a size the text box keeps, with room to type");
  // The paste: the text is made in the page; up to 1 MB it goes into the
  // text area as a paste would put it, above that as a paste event (the
  // page takes it without putting it in the text area).
  await page.evaluate((bytes) => { window.__text = window.__note(bytes); }, bytes);
  const paste = await page.evaluate(async (big) => {
    const text = window.__text;
    const area = document.querySelector("[data-testid=input]");
    // A big text is shown in another element: look it up each time.
    const output = { get textContent() { return document.querySelector("[data-testid=output]")?.textContent ?? ""; } };
    const root = document.documentElement;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    await frame();
    const t0 = performance.now();
    if (big) {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    } else {
      area.value = text;
      area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    }
    for (;;) {
      await frame();
      const done = !root.hasAttribute("data-scanning") && output.textContent.length > 0;
      const stopped = document.querySelector("[data-testid=scan-stopped]");
      if (done || stopped || root.hasAttribute("data-failed")) break;
    }
    const t1 = performance.now();
    const failed = !!document.querySelector("[data-testid=scan-stopped]");
    window.__text = null;
    await new Promise((r) => setTimeout(r, 200));
    window.__flush();
    // Every long task that ran after the paste began (the paste's own
    // task began a moment before t0).
    const longest = Math.max(0, ...window.__long.filter(([s, d]) => s + d >= t0).map(([, d]) => d));
    return { ms: t1 - t0, failed, longest, t0 };
  }, big);
  if (paste.failed) {
    await context.close();
    return { size: `${mb} MB`, paste: paste.ms, keyFrame: null, keyOutput: null, longest: paste.longest, where: "worker, FAILED (no output)" };
  }
  // Key presses: to the next frame, and to the output updated.
  const area = page.getByTestId("input");
  await area.focus();
  if (!big) await area.press("End");
  await page.evaluate(() => {
    window.__frames = [];
    window.__outputs = [];
    // The output's revision (data-rev) changes with each new output (a
    // build without it: the output's length).
    const rev = () => {
      const o = document.querySelector("[data-testid=output]");
      return o?.dataset.rev ?? String(o?.textContent.length);
    };
    document.addEventListener("keydown", (e) => {
      const start = e.timeStamp;
      const before = rev();
      requestAnimationFrame(() => window.__frames.push(performance.now() - start));
      const wait = () => requestAnimationFrame(() => {
        const root = document.documentElement;
        if (rev() !== before && !root.hasAttribute("data-scanning")) {
          window.__outputs.push(performance.now() - start);
        } else if (performance.now() - start < 60_000) wait();
      });
      wait();
    }, { capture: true });
  });
  if (big) {
    // Read-only: a key press while the text is redacted again (a kind
    // turned off and on starts a new scan).
    await page.getByRole("checkbox", { name: "CVVs" }).uncheck();
    await area.focus();
  }
  for (let i = 0; i < SIZE_KEYS; i++) {
    await page.keyboard.press(i % 2 ? "a" : "Space");
    await page.waitForFunction((n) => window.__frames.length >= n, i + 1);
    if (!big) await page.waitForFunction((n) => window.__outputs.length >= n, i + 1, { timeout: 120_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20))));
  }
  const { frames, outputs } = await page.evaluate(() => ({ frames: window.__frames, outputs: window.__outputs }));
  const worker = await page.evaluate(() => typeof window.hushScanWorker === "function");
  console.log(`  (${mb} MB: paste ${ms(paste.ms)}${paste.failed ? ", FAILED" : ""}, longest task ${ms(paste.longest)})`);
  await context.close();
  const size = mb >= 1 ? `${mb} MB` : `${Math.round(mb * 1000)} KB`;
  const where = paste.failed ? "worker, FAILED (no output)"
    : !worker ? "page (a build without the scan worker)"
    : big ? "worker, big text (summary)" : bytes > 32 * 1024 ? "worker" : "page";
  return {
    size,
    paste: paste.ms,
    keyFrame: pct(frames, 50),
    keyOutput: big ? null : pct(outputs, 50),
    longest: paste.longest,
    where,
  };
}
try {
  // 2. Time to interactive, fresh context (empty cache) each run.
  const tti = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    tti.push(await page.evaluate(
      () => performance.getEntriesByName("hush-interactive")[0].startTime,
    ));
    await context.close();
  }
  console.log(`\nTime to interactive on 127.0.0.1 (${RUNS} cold loads)`);
  console.log(`  median ${ms(pct(tti, 50))}, p95 ${ms(pct(tti, 95))}, min ${ms(Math.min(...tti))}`);

  // 3. Per keystroke on a 20 KB note.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  const text = note(20 * 1024);
  await page.getByTestId("input").fill(text);
  const findings = await page.getByTestId("output").locator("mark").count();
  const result = await page.evaluate(async (keys) => {
    const area = document.querySelector("[data-testid=input]");
    const output = document.querySelector("[data-testid=output]");
    const timing = () => document.querySelector("[data-testid=timing]");
    const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const core = [];
    const render = [];
    const event = [];
    for (let i = 0; i < keys; i++) {
      await nextFrame();
      const before = output.textContent.length;
      const t0 = performance.now();
      area.value += i % 2 ? "a" : " ";
      area.dispatchEvent(new InputEvent("input", { bubbles: true }));
      const t1 = performance.now();
      // Yew renders inside the event; if it ever deferred, wait for it.
      while (output.textContent.length === before) {
        await new Promise((r) => setTimeout(r, 0));
      }
      event.push(t1 - t0);
      core.push(Number(timing().dataset.coreMs));
      render.push(Number(document.documentElement.dataset.renderMs));
    }
    return { core, render, event };
  }, KEYS);
  // Real keystrokes (through the browser's input pipeline, as typing
  // would): from the key event to the next animation frame, which is when
  // the browser can paint both the input and the output.
  await page.getByTestId("input").focus();
  await page.evaluate(() => {
    window.__frames = [];
    document.querySelector("[data-testid=input]").addEventListener("input", (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => window.__frames.push(performance.now() - start));
    }, { capture: true });
  });
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(i % 2 ? "a" : "Space");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20))));
  }
  const typed = await page.evaluate(() => window.__frames);
  const line = (label, xs) =>
    console.log(`  ${label.padEnd(40)} median ${ms(pct(xs, 50))}, p95 ${ms(pct(xs, 95))}`);
  console.log(`\nPer keystroke, ${(text.length / 1024).toFixed(0)} KB note, ${findings} highlighted parts (${KEYS} keystrokes)`);
  line("core (scan + redact + view segments)", result.core);
  line("view render (Yew diff + DOM update)", result.render);
  line("input event handled (core + render)", result.event);
  line("key press to next frame (typing)", typed);
  await context.close();

  // 4. By size.
  const rows = [];
  for (const mb of SIZES) rows.push(await bySize(mb));
  const cell = (x) => (x == null ? "n/a" : ms(x)).padStart(12);
  console.log("\nBy size (median of the key presses; one paste each)");
  console.log(`  ${"size".padEnd(8)} ${"paste->output".padStart(14)} ${"key->frame".padStart(12)} ${"key->output".padStart(12)} ${"longest task".padStart(12)}  where`);
  for (const r of rows) {
    console.log(`  ${r.size.padEnd(8)} ${cell(r.paste).padStart(14)} ${cell(r.keyFrame)} ${cell(r.keyOutput)} ${cell(r.longest)}  ${r.where}`);
  }
} finally {
  await browser.close();
  await server.close();
}
