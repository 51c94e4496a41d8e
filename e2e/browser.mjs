// Launches Debian's Chromium through playwright-core. Never downloads a
// browser. The flags keep Chromium from reaching the internet by itself
// (component updates, sync, field trials), so any request the tests see
// comes from the page.
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-domain-reliability",
  "--metrics-recording-only",
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
