// hush-web-check against servers that get things right and wrong: each
// mistake an administrator can make is reported, in words, and a correct
// server passes. (scripts/test-nginx.sh also runs it against nginx with
// the shipped configuration.) No browser: the checker is plain fetch.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { check, format } from "../scripts/hush-web-check.mjs";
import { DIST } from "./fixtures.mjs";
import { serve } from "./server.mjs";
import { shippedHeaders, tempDir } from "./release.mjs";

const run = promisify(execFile);
let site;
let good;

before(async () => {
  site = await tempDir("hush-check-");
  await cp(DIST, site, { recursive: true });
  good = await shippedHeaders(DIST);
});

/** Serves the copy of dist/ with `headers`; runs the checker on it. */
async function checkWith(headers, options) {
  const server = await serve(site, 0, { headers });
  try {
    return { url: server.url, ...(await check(server.url, options)) };
  } finally {
    await server.close();
  }
}

const problems = (r) => r.items.filter((i) => i.level === "problem").map((i) => i.text);
const warnings = (r) => r.items.filter((i) => i.level === "warning").map((i) => i.text);

test("a server with the shipped configuration's headers passes", async () => {
  const result = await checkWith(good);
  assert.deepEqual(problems(result), []);
  assert.deepEqual(warnings(result), []);
  const text = format(result.url, result);
  assert.match(text, /sw\.js carries Hush \d+\.\d+\.\d+/);
  assert.match(text, /No policy\.toml: the app uses its built-in defaults/);
  assert.match(text, /No problem found\.$/);
});

test("missing security headers and short caching are reported", async () => {
  const result = await checkWith(undefined);
  const p = problems(result).join("\n");
  assert.match(p, /No Content-Security-Policy header on the page/);
  assert.match(p, /nosniff is missing on index\.html, sw\.js, /);
  assert.match(p, /Referrer-Policy is "missing", not no-referrer/);
  assert.match(warnings(result).join("\n"), /has a hash in its name but is not cached long/);
});

test("a CSP header without frame-ancestors, or looser than the page's, is reported", async () => {
  const loose = (path, d) => ({
    ...good(path, d),
    "content-security-policy": "default-src 'none'; script-src 'self' 'unsafe-inline'",
  });
  const p = problems(await checkWith(loose)).join("\n");
  assert.match(p, /lacks frame-ancestors 'none'/);
  assert.match(p, /header's script-src is "'self' 'unsafe-inline'", the page's own is "'self' 'wasm-unsafe-eval'"/);
  assert.match(p, /allows inline code, eval or other origins/);
});

test("wrong MIME types are reported, wasm and JavaScript first", async () => {
  const octet = (path, d) => ({
    ...good(path, d),
    "content-type": /\.(wasm|js)$/.test(path) ? "application/octet-stream" : d["content-type"],
  });
  const p = problems(await checkWith(octet)).join("\n");
  assert.match(p, /_bg\.wasm is served as application\/octet-stream, not application\/wasm/);
  assert.match(p, /boot\.js is served as application\/octet-stream, not text\/javascript: browsers refuse/);
});

test("index.html, sw.js or the policy cached long is a problem", async () => {
  const sticky = (path, d) => ({ ...good(path, d), "cache-control": "public, max-age=86400" });
  const p = problems(await checkWith(sticky)).join("\n");
  assert.match(p, /index\.html may be cached for 86400 s/);
  assert.match(p, /sw\.js may be cached for 86400 s/);
});

test("a file of another release (a half-finished upload) is reported", async () => {
  const boot = join(site, "boot.js");
  const original = await readFile(boot);
  await writeFile(boot, `${original}\n// changed\n`);
  try {
    const p = problems(await checkWith(good)).join("\n");
    assert.match(p, /boot\.js is not the file of release [0-9a-f]{16}.*half-finished upload/);
  } finally {
    await writeFile(boot, original);
  }
});

test("the policy: valid with its name and version, or invalid with the line", async () => {
  const policy = join(site, "policy.toml");
  await writeFile(policy, 'name = "Contact centre"\nversion = "2025-01"\n');
  try {
    const ok = await checkWith(good);
    assert.deepEqual(problems(ok), []);
    assert.match(format(ok.url, ok), /policy\.toml is valid TOML: policy "Contact centre", version 2025-01/);
    await writeFile(policy, 'name = "Contact centre"\nkinds = ["card" "ssn"]\nstyle = "label"\n');
    const bad = problems(await checkWith(good)).join("\n");
    assert.match(bad, /policy\.toml is not valid TOML at line 2, column \d+: the app will refuse to start/);
  } finally {
    await rm(policy);
  }
});

test("the release's example policy is valid TOML with a name and version", async () => {
  await cp(new URL("../deploy/policy.toml", import.meta.url), join(site, "policy.toml"));
  try {
    const result = await checkWith(good);
    assert.deepEqual(problems(result), []);
    assert.match(format(result.url, result), /policy\.toml is valid TOML: policy "[^"]+", version \S+/);
  } finally {
    await rm(join(site, "policy.toml"));
  }
});

test("a server that answers every path with the page is caught at the policy", async () => {
  const page = await readFile(join(site, "index.html"));
  const inner = await serve(site, 0, { headers: good });
  // Proxies to the real files, but answers a missing one with index.html.
  const spa = createServer(async (req, res) => {
    const upstream = await fetch(new URL(req.url, inner.url));
    const headers = Object.fromEntries(upstream.headers);
    if (upstream.status === 404) {
      res.writeHead(200, good("/index.html", { "content-type": "text/html; charset=utf-8" }));
      res.end(page);
      return;
    }
    delete headers["content-length"];
    delete headers["transfer-encoding"];
    res.writeHead(upstream.status, headers);
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise((ok) => spa.listen(0, "127.0.0.1", ok));
  after(() => new Promise((ok) => spa.close(ok)));
  after(() => inner.close());
  const result = await check(`http://127.0.0.1:${spa.address().port}/`);
  assert.match(problems(result).join("\n"), /policy\.toml answers with an HTML page/);
  assert.match(warnings(result).join("\n"), /A missing file answers 200, not 404/);
});

test("plain HTTP is a problem, except on this machine", async () => {
  const server = await serve(site, 0, { headers: good });
  try {
    // The same server under a name that is not local.
    const local = new URL(server.url);
    const viaName = (url, init) => {
      const u = new URL(url);
      u.host = local.host;
      return fetch(u, init);
    };
    const result = await check("http://hush.example.internal/", { fetch: viaName });
    assert.match(problems(result).join("\n"), /served over plain HTTP.*serve it over HTTPS/);
    assert.deepEqual(problems(await check(server.url)), []);
  } finally {
    await server.close();
  }
});

test("the command's words and exit status", async () => {
  const cli = new URL("../scripts/hush-web-check", import.meta.url).pathname;
  const server = await serve(site, 0, { headers: good });
  try {
    const ok = await run(cli, [server.url]);
    assert.match(ok.stdout, /^Checking the Hush deployment at http:\/\/127\.0\.0\.1:\d+\/\n/);
    assert.match(ok.stdout, /\n {2}ok {6}The page is on a secure origin/);
    assert.match(ok.stdout, /\nNo problem found\.\n$/);
  } finally {
    await server.close();
  }
  const bare = await serve(site, 0);
  try {
    await assert.rejects(run(cli, [bare.url, "--quiet"]), (e) => {
      assert.equal(e.code, 1);
      assert.doesNotMatch(e.stdout, / ok /);
      assert.match(e.stdout, /\d+ problems?, \d+ warnings?\.\n$/);
      return true;
    });
  } finally {
    await bare.close();
  }
  await assert.rejects(run(cli, ["http://127.0.0.1:9/"]), (e) => e.code === 2 && /could not fetch/.test(e.stderr));
  await assert.rejects(run(cli, []), (e) => e.code === 2);
});
