// Updates: a newly deployed release is found, announced once and taken
// only when the person reloads; the files of two releases are never mixed,
// even when the server is caught half-way through an upload.
//
// The test server serves release A, then is switched to release B (both
// made from dist/ by e2e/release.mjs, marked in their page title, boot.js
// and stylesheet), as deploying B over A would.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { HushPage } from "./hush-page.mjs";
import { serve } from "./server.mjs";
import { DIST, NOTE, REDACTED, newContext, useApp } from "./fixtures.mjs";
import {
  cacheName, cachedFiles, checkForUpdate, makeRelease, pageRelease,
  shippedHeaders, tempDir, updateOutcome, workerActivated,
} from "./release.mjs";

const dirs = {};
const releases = {};
const app = useApp({
  dir: async () => {
    const tmp = await tempDir("hush-update-");
    for (const [mark, version] of [["A", "1.0.0"], ["B", "1.1.0"]]) {
      dirs[mark] = join(tmp, mark);
      releases[mark] = await makeRelease(DIST, dirs[mark], { mark, version });
    }
    // Half-way from A to B: B's page and worker, but A's boot.js still
    // there (the upload has not reached it yet).
    dirs.half = join(tmp, "half");
    await makeRelease(DIST, dirs.half, { mark: "B", version: "1.1.0" });
    await writeFile(join(dirs.half, "boot.js"), await readFile(join(dirs.A, "boot.js")));
    return dirs.A;
  },
  headers: await shippedHeaders(DIST),
});

const A = { title: "Hush A", boot: "A", css: '"A"' };
const B = { title: "Hush B", boot: "B", css: '"B"' };

async function openOnA() {
  app.server.setRoot(dirs.A);
  const context = await newContext(app);
  const page = await context.newPage();
  const hush = new HushPage(page);
  await hush.open(app.url);
  await workerActivated(page);
  // From here on the worker of A answers the page.
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  assert.deepEqual(await pageRelease(page), A);
  return { context, page, hush };
}

test("a new release is announced once, and taken whole on Reload", async () => {
  const { context, page, hush } = await openOnA();
  const notice = page.getByTestId("update");
  assert.equal(await notice.textContent(), "");

  app.server.setRoot(dirs.B);
  await checkForUpdate(page);
  assert.equal(await updateOutcome(page), "installed");
  await notice.getByText("Hush 1.1.0 is available.").waitFor();
  // Once: a second check finds nothing new and adds nothing.
  await checkForUpdate(page);
  assert.equal(await notice.getByRole("button", { name: "Reload" }).count(), 1);
  // The page goes on working with A meanwhile.
  await hush.paste(NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  assert.deepEqual(await pageRelease(page), A);

  // Reloading by hand, without the button, still gives all of A: B waits.
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  assert.deepEqual(await pageRelease(page), A);
  await notice.getByText("Hush 1.1.0 is available.").waitFor();

  // "Not now" hides it.
  await notice.getByRole("button", { name: "Not now" }).click();
  assert.equal(await notice.textContent(), "");
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });

  // The Reload button: B takes over, the page reloads, all of it is B, and
  // only B's files are kept.
  await Promise.all([
    page.waitForEvent("load"),
    notice.getByRole("button", { name: "Reload" }).click(),
  ]);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  assert.deepEqual(await pageRelease(page), B);
  const cached = await cachedFiles(page);
  assert.deepEqual([...new Set(cached.map((c) => c.cache))], [cacheName(releases.B)]);
  assert.deepEqual(
    cached.filter((c) => c.path !== "policy.toml").map(({ path, sha256 }) => ({ path, sha256 })),
    releases.B.files,
  );
  assert.equal(await notice.textContent(), "");
  await hush.paste(NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  await context.close();
});

test("a half-finished upload is not taken; the finished one is", async () => {
  const { context, page } = await openOnA();
  const notice = page.getByTestId("update");

  app.server.setRoot(dirs.half);
  await checkForUpdate(page);
  assert.equal(await updateOutcome(page), "redundant", "the mixed release is refused");
  assert.equal(await notice.textContent(), "");
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  assert.deepEqual(await pageRelease(page), A, "the page is still all A");
  const names = [...new Set((await cachedFiles(page)).map((c) => c.cache))];
  assert.deepEqual(names, [cacheName(releases.A)]);

  // The upload completes: the next check takes B.
  app.server.setRoot(dirs.B);
  await checkForUpdate(page);
  assert.equal(await updateOutcome(page), "installed");
  await notice.getByText("Hush 1.1.0 is available.").waitFor();
  await context.close();
});

test("offline, the page stays on its release and announces nothing", async () => {
  const { context, page, hush } = await openOnA();
  app.server.setRoot(dirs.B);
  // No network: the page's requests fail, and so does the browser's own
  // update check (which the page's offline switch does not cover).
  await context.setOffline(true);
  app.server.setDown(true);
  after(() => app.server.setDown(false));
  await checkForUpdate(page);
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  assert.deepEqual(await pageRelease(page), A);
  assert.equal(await page.getByTestId("update").textContent(), "");
  await hush.paste(NOTE);
  assert.equal(await hush.outputText(), REDACTED);
  await context.close();
});

test("two copies under two paths of one site keep their own offline copies", async () => {
  // Both at once on one origin (a test copy and the real one, say): each
  // works from its path, offline too, and neither removes the other's.
  const root = await tempDir("hush-paths-");
  const a = await makeRelease(DIST, join(root, "team-a"), { mark: "A", version: "1.0.0" });
  const b = await makeRelease(DIST, join(root, "team-b"), { mark: "B", version: "1.1.0" });
  const server = await serve(root, 0, { headers: await shippedHeaders(DIST) });
  after(() => server.close());
  const context = await newContext({ browser: app.browser, url: server.url });
  const pages = {};
  for (const [name, path] of [["A", "team-a/"], ["B", "team-b/"]]) {
    const page = await context.newPage();
    await new HushPage(page).open(server.url + path);
    await workerActivated(page);
    pages[name] = page;
  }
  const names = await pages.A.evaluate(() => caches.keys());
  assert.deepEqual(names.sort(), [cacheName(a, "/team-a/"), cacheName(b, "/team-b/")]);
  await context.setOffline(true);
  server.setDown(true);
  for (const [name, mark] of [["A", A], ["B", B]]) {
    await pages[name].reload();
    await pages[name].locator("html[data-ready]").waitFor({ state: "attached" });
    assert.deepEqual(await pageRelease(pages[name]), mark);
  }
  await context.close();
});
