// Installable and offline: after one visit the page opens and works with no
// network; the policy is fresh online and the kept copy is used only
// offline; the browser finds the app installable; the footer shows the
// release's version.
//
// Against the test server, the spec serves a copy of dist/ with the headers
// the shipped server configurations send (e2e/release.mjs); with HUSH_URL
// (scripts/test-nginx.sh) it runs against that server, with the shipped
// nginx configuration, serving HUSH_DIST (where the policy test puts its
// policy.toml).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ARGS, CHROMIUM } from "./browser.mjs";
import { HushPage } from "./hush-page.mjs";
import { DIST, NOTE, REDACTED, newContext, useApp } from "./fixtures.mjs";
import {
  cacheName, cachedFiles, cargoVersion, releaseOf, shippedHeaders, tempDir,
  workerActivated,
} from "./release.mjs";

const run = promisify(execFile);
const external = Boolean(process.env.HUSH_URL);
let site = DIST;
const app = useApp(external ? {} : {
  dir: async () => {
    site = await tempDir("hush-offline-");
    const { cp } = await import("node:fs/promises");
    await cp(DIST, site, { recursive: true });
    return site;
  },
  headers: await shippedHeaders(DIST),
});

/** A page whose worker has installed; it then controls the next load. */
async function installed() {
  const context = await newContext(app);
  const page = await context.newPage();
  const hush = new HushPage(page);
  await hush.open(app.url);
  await workerActivated(page);
  return { context, page, hush };
}

test("after one visit it opens and works offline: reload, paste, copy", async () => {
  const { context, page, hush } = await installed();
  const release = await releaseOf(DIST);
  const served = app.server.requests.length;

  await context.setOffline(true);
  const response = await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  assert.equal(response.fromServiceWorker(), true, "the page came from the offline copy");
  // The cached page keeps the server's security headers.
  const headers = response.headers();
  assert.match(headers["content-security-policy"] ?? "", /frame-ancestors 'none'/);
  assert.equal(headers["x-content-type-options"], "nosniff");
  assert.equal(headers["referrer-policy"], "no-referrer");

  await hush.paste(NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  await hush.copy();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), REDACTED);
  assert.equal(
    await page.getByTestId("version").textContent(),
    `Hush ${await cargoVersion()}`,
  );
  assert.deepEqual(app.server.requests.slice(served), [], "nothing reached the server");

  // The cache holds exactly this release's files, byte for byte.
  const cached = await cachedFiles(page);
  const expected = release.files.map((f) => ({ cache: cacheName(release), ...f }));
  assert.deepEqual(
    cached.filter((c) => c.path !== "policy.toml"),
    expected,
  );
  await context.close();
});

test("the footer's version is Cargo's, the same as hush --version", async () => {
  const context = await newContext(app);
  const page = await context.newPage();
  await new HushPage(page).open(app.url);
  const version = await cargoVersion();
  assert.equal(await page.getByTestId("version").textContent(), `Hush ${version}`);
  assert.equal((await releaseOf(DIST)).version, version);
  // The command-line tool, built by cargo (already built by `cargo test`
  // in scripts/test.sh).
  const { stdout } = await run("cargo", ["run", "--quiet", "--bin", "hush", "--", "--version"]);
  assert.equal(stdout, `hush ${version}\n`);
  await context.close();
});

test("the browser finds it installable: manifest, icons, worker", async () => {
  // A browser profile of its own: Chromium never offers to install from a
  // private (incognito) context, which is what new contexts are.
  const profile = await tempDir("hush-profile-");
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
  });
  const page = await context.newPage();
  await new HushPage(page).open(app.url);
  await workerActivated(page);
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send("Page.getAppManifest");
  assert.deepEqual(manifest.errors, []);
  const parsed = JSON.parse(manifest.data);
  assert.equal(parsed.short_name, "Hush");
  const sizes = parsed.icons.map((i) => `${i.sizes} ${i.purpose}`).sort();
  assert.deepEqual(sizes, [
    "192x192 any", "192x192 maskable", "512x512 any", "512x512 maskable",
  ]);
  for (const icon of parsed.icons) {
    const png = await readFile(join(DIST, icon.src));
    assert.equal(png.subarray(1, 4).toString(), "PNG");
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(`${w}x${h}`, icon.sizes, icon.src);
  }
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  assert.deepEqual(installabilityErrors, []);
  await context.close();
});

test("the policy: fresh when online, the kept copy only offline", async () => {
  const policy = join(site, "policy.toml");
  await writeFile(policy, 'name = "Test"\nversion = "1"\n');
  const { context, page } = await installed();
  const fetchPolicy = () => page.evaluate(async () => {
    try {
      const r = await fetch("policy.toml");
      return `${r.status} ${r.status === 200 ? await r.text() : ""}`.trim();
    } catch {
      return "network error";
    }
  });
  // Controlled by the worker from here on.
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  assert.equal(await fetchPolicy(), '200 name = "Test"\nversion = "1"');

  // The administrator changes it: the next fetch online has the change.
  await writeFile(policy, 'name = "Test"\nversion = "2"\n');
  assert.equal(await fetchPolicy(), '200 name = "Test"\nversion = "2"');
  // Offline, the last one seen.
  await context.setOffline(true);
  assert.equal(await fetchPolicy(), '200 name = "Test"\nversion = "2"');
  await context.setOffline(false);

  // The administrator removes it: online it is gone, and it stays gone
  // offline (the kept copy is the 404).
  await rm(policy);
  assert.equal(await fetchPolicy(), "404");
  await context.setOffline(true);
  assert.equal(await fetchPolicy(), "404");
  await context.close();
});
