// Test data and shared set-up for the end-to-end specs.
import { after, before } from "node:test";
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

/**
 * Starts the server over dist/ and one Chromium for a spec file; returns
 * an object whose fields are filled in before the tests run.
 */
export function useApp() {
  const app = { browser: null, server: null, url: "" };
  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    app.server = await serve(process.env.HUSH_DIST ?? "dist");
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
