// Test data and shared set-up for the end-to-end specs.
import { after, before } from "node:test";
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { launch } from "./browser.mjs";
import { serve } from "./server.mjs";

export const ARTIFACTS = new URL("./artifacts/", import.meta.url).pathname;

// Test card numbers and a valid-format SSN, as in the issues.
export const CARD = "4111 1111 1111 1111";
export const CARD2 = "5555 5555 5555 4444";
export const SSN = "123-13-7435";

export const NOTE = [
  "Call with customer, agent Dana.",
  `Customer read card ${CARD}, exp 09/27, cvv 123.`,
  `SSN ${SSN} for the credit check.`,
  "Promised a callback tomorrow.",
].join("\n");

export const REDACTED = [
  "Call with customer, agent Dana.",
  "Customer read card [CARD], exp [EXPIRY], cvv [CVV].",
  "SSN [SSN] for the credit check.",
  "Promised a callback tomorrow.",
].join("\n");

/** Strings that must never appear outside the page's text fields. */
export const SECRETS = [
  "4111", "1111 1111", "4111111111111111", SSN, "123137435", "cvv 123",
  "credit check", "agent Dana",
];

/** The built files the app is served from (HUSH_DIST, default dist/). */
export const DIST = process.env.HUSH_DIST ?? "dist";

/**
 * A server already running elsewhere: HUSH_URL is its address (serving
 * HUSH_DIST's files) and HUSH_ACCESS_LOG its access log, one request a
 * line: `METHOD URI CONTENT_LENGTH` (scripts/test-nginx.sh runs nginx so).
 * Its `requests` read the log each time, like the test server's.
 */
function external(url, log) {
  return {
    url,
    get requests() {
      return readFileSync(log, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [method, uri, length] = line.split(" ");
          return { method, url: uri, body: length === "-" ? "" : `(${length} bytes)` };
        });
    },
    setRoot() {
      throw new Error("cannot switch an external server's folder");
    },
    close: async () => {},
  };
}

/**
 * Starts the server over dist/ (or uses HUSH_URL's) and one Chromium for a
 * spec file; returns an object whose fields are filled in before the tests
 * run. `options.dir` serves another folder (a copy of dist/ a test may
 * change); `options.headers` is passed to the test server.
 */
export function useApp(options = {}) {
  const app = { browser: null, server: null, url: "" };
  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    if (process.env.HUSH_URL && !options.dir) {
      app.server = external(process.env.HUSH_URL, process.env.HUSH_ACCESS_LOG);
    } else {
      const dir = typeof options.dir === "function" ? await options.dir() : options.dir;
      app.server = await serve(dir ?? DIST, 0, { headers: options.headers });
    }
    app.url = app.server.url;
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** A fresh context (empty storage) with the clipboard allowed. */
export async function newContext(app, options = {}) {
  const context = await app.browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    ...options,
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: app.url.replace(/\/$/, ""),
  });
  return context;
}
