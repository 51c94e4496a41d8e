// hush-web-check: checks a deployment of the Hush web app, from outside,
// the way a browser will see it, and says what is wrong in plain words.
//
//   scripts/hush-web-check URL [--quiet]
//   node scripts/hush-web-check.mjs URL [--quiet]
//
// URL is the address people open (the folder holding index.html, or
// index.html itself). It fetches the page, the service worker (sw.js, which
// lists every file of the release with its SHA-256), every file of that
// list and the policy (policy.toml), and checks:
// - HTTPS (service workers and the clipboard need it, but on localhost);
// - the headers the app's privacy promise relies on: the
//   Content-Security-Policy as a header, the same as the page's own plus
//   frame-ancestors 'none'; X-Content-Type-Options: nosniff;
//   Referrer-Policy: no-referrer;
// - the MIME type of each file (application/wasm for .wasm...);
// - caching: long for the files whose names carry a hash, none (or
//   revalidated) for index.html, sw.js, the policy and the other unhashed
//   files, so that an update is seen at once;
// - that every file is the release's own (its SHA-256 is the one in sw.js),
//   so a half-finished upload or a stale cache in between shows up;
// - the policy: present or not, valid TOML, its name and version;
// - that a missing file answers 404 and the server configurations
//   (.htaccess, web.config) are not served.
// Nothing is sent but GET requests for these files.
//
// Exit status: 0 no problem (warnings allowed), 1 problems found, 2 the
// check could not run (bad arguments, the page unreachable).
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { parse as parseToml } from "smol-toml";

/** A file name Trunk gave a content hash: `app-0123456789abcdef.css`. */
export const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z0-9]+$/;

/** How long a hashed file should be cached, at least: 30 days. */
const LONG_CACHE_S = 30 * 24 * 3600;

/** The MIME types each extension must be served with (the first is best). */
const TYPES = {
  html: { want: ["text/html"], level: "problem" },
  js: { want: ["text/javascript", "application/javascript", "application/x-javascript"], level: "problem" },
  wasm: { want: ["application/wasm"], level: "problem" },
  css: { want: ["text/css"], level: "problem" },
  svg: { want: ["image/svg+xml"], level: "warning" },
  png: { want: ["image/png"], level: "warning" },
  webmanifest: { want: ["application/manifest+json", "application/json"], level: "warning" },
};

const WHY_TYPE = {
  js: "browsers refuse to run a module script served as anything but JavaScript",
  wasm: "without it the browser cannot compile the app while it downloads, and warns",
  css: "with nosniff the browser ignores a stylesheet of another type",
  html: "the page would not be shown as a page",
};

/** The Content-Security-Policy of a page's meta tag, or undefined. */
export function metaCsp(html) {
  const tag = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map(([t]) => t)
    .find((t) => /http-equiv=["']?Content-Security-Policy/i.test(t));
  return tag?.match(/content=(?:"([^"]*)"|'([^']*)')/)?.slice(1).find((v) => v !== undefined);
}

/** The values of the attributes that name files: src, href, data-js, data-wasm. */
function references(html) {
  return [...html.matchAll(/\s(?:src|href|data-js|data-wasm)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The directives of a CSP string: Map(name -> [sources]). */
export function parseCsp(text) {
  const out = new Map();
  for (const part of text.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** The directives of a Cache-Control header: Map(name -> value or ""). */
export function parseCacheControl(text) {
  const out = new Map();
  for (const part of (text ?? "").split(",")) {
    const [name, value = ""] = part.trim().toLowerCase().split("=");
    if (name) out.set(name, value.replace(/"/g, ""));
  }
  return out;
}

function mediaType(response) {
  return (response.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

function extension(path) {
  return path.match(/\.([a-z0-9]+)$/i)?.[1].toLowerCase() ?? "";
}

function isLocal(url) {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host.endsWith(".localhost") || /^127\./.test(host) || host === "::1";
}

/** True when a cached copy can never be used without asking the server. */
function alwaysRevalidated(cc) {
  return cc.has("no-cache") || cc.has("no-store") || cc.get("max-age") === "0";
}

/**
 * Checks the deployment at `url`. Resolves to { items, problems, warnings }
 * where each item is { level: "ok"|"info"|"warning"|"problem", text }.
 * Rejects only when the page cannot be fetched at all.
 */
export async function check(url, { fetch: get = globalThis.fetch } = {}) {
  const items = [];
  const say = (level, text) => items.push({ level, text });
  // Files served without nosniff, reported once at the end.
  say.nosniffMissing = [];
  const fetchRaw = (u, init = {}) => get(u, { redirect: "manual", cache: "no-store", ...init });

  // The page.
  let pageUrl = new URL(url);
  const first = await get(pageUrl, { redirect: "follow", cache: "no-store" });
  if (first.redirected) {
    say("info", `${pageUrl.href} redirects to ${first.url}`);
    pageUrl = new URL(first.url);
  }
  const base = new URL("./", pageUrl);
  if (pageUrl.protocol === "http:" && !isLocal(pageUrl)) {
    say("problem", "The page is served over plain HTTP. Browsers allow the offline copy " +
      "(service worker) and the Copy button only on HTTPS (or localhost): serve it over HTTPS.");
  } else {
    say("ok", `The page is on a secure origin (${pageUrl.origin}).`);
  }
  if (first.status !== 200) {
    say("problem", `The page answered ${first.status} instead of 200.`);
    return summarise(items);
  }
  const html = await first.text();
  checkType(say, "index.html", first);
  if (!/<div id="app"><\/div>|id=app>|id="app"/.test(html) || !/data-wasm=/.test(html)) {
    say("problem", "The page does not look like Hush's index.html (no app element or wasm).");
  }
  checkPageHeaders(say, first, html);
  checkNoStaleCache(say, "index.html", first, "the page");

  // The service worker and the release's file list.
  const swResponse = await fetchRaw(new URL("sw.js", base));
  let release = null;
  if (swResponse.status !== 200) {
    say("problem", `sw.js answered ${swResponse.status}: without it the app does not work ` +
      "offline and updates are not announced. Upload every file of the release's site/ folder.");
  } else {
    checkType(say, "sw.js", swResponse);
    checkNoStaleCache(say, "sw.js", swResponse, "the service worker");
    checkNosniff(say, "sw.js", swResponse);
    const sw = await swResponse.text();
    const json = sw.match(/const RELEASE = (\{[^\n]*\});/)?.[1];
    try {
      release = JSON.parse(json);
      say("ok", `sw.js carries Hush ${release.version} (release ${release.id}, ` +
        `${release.files.length} files).`);
    } catch {
      say("problem", "sw.js holds no release list: is it Hush's service worker, built by Trunk?");
    }
    if (!swResponse.headers.get("content-security-policy")) {
      say("warning", "sw.js has no Content-Security-Policy header: the service worker's own " +
        "requests are then not limited to this origin by the browser (it makes none elsewhere, " +
        "but the header makes sure).");
    }
  }

  if (release) await checkFiles(say, base, release, fetchRaw, html);
  if (say.nosniffMissing.length > 0) {
    say("problem", `X-Content-Type-Options: nosniff is missing on ${say.nosniffMissing.join(", ")}.`);
  } else {
    say("ok", "X-Content-Type-Options: nosniff on every file.");
  }
  await checkPolicy(say, base, fetchRaw);
  await checkMissing(say, base, fetchRaw);
  return summarise(items);
}

function summarise(items) {
  const problems = items.filter((i) => i.level === "problem").length;
  const warnings = items.filter((i) => i.level === "warning").length;
  return { items, problems, warnings };
}

function checkType(say, path, response) {
  const ext = extension(path);
  const rule = TYPES[ext];
  if (!rule) return true;
  const got = mediaType(response);
  if (rule.want.includes(got)) return true;
  const why = WHY_TYPE[ext] ? `: ${WHY_TYPE[ext]}` : "";
  say(rule.level, `${path} is served as ${got || "no type"}, not ${rule.want[0]}${why}.`);
  return false;
}

function checkPageHeaders(say, response, html) {
  const header = response.headers.get("content-security-policy");
  const meta = metaCsp(html);
  if (!header) {
    say("problem", "No Content-Security-Policy header on the page. The page's own policy (a " +
      "meta tag) still applies, but only a header can forbid framing (frame-ancestors 'none'). " +
      "Use the server configuration shipped in the release.");
  } else {
    const got = parseCsp(header);
    let ok = true;
    if (got.get("frame-ancestors")?.join(" ") !== "'none'") {
      say("problem", "The Content-Security-Policy header lacks frame-ancestors 'none': another " +
        "site could show Hush in a frame.");
      ok = false;
    }
    if (meta) {
      for (const [name, values] of parseCsp(meta)) {
        if (got.get(name)?.join(" ") !== values.join(" ")) {
          say("problem", `The Content-Security-Policy header's ${name} is ` +
            `"${got.get(name)?.join(" ") ?? "missing"}", the page's own is "${values.join(" ")}". ` +
            "Use the header from the release's server configuration, which matches this release.");
          ok = false;
        }
      }
    }
    if (/'unsafe-inline'|'unsafe-eval'|(^|\s)\*(\s|;|$)|\b(https?|data|blob):/.test(header)) {
      say("problem", "The Content-Security-Policy header allows inline code, eval or other origins.");
      ok = false;
    }
    if (ok) say("ok", "The Content-Security-Policy header is the page's policy plus frame-ancestors 'none'.");
  }
  if (!meta) say("problem", "The page has no Content-Security-Policy meta tag: is it Hush's index.html?");
  checkNosniff(say, "index.html", response);
  const referrer = (response.headers.get("referrer-policy") ?? "").toLowerCase();
  if (referrer.split(",").map((s) => s.trim()).includes("no-referrer")) {
    say("ok", "Referrer-Policy: no-referrer.");
  } else {
    say("problem", `Referrer-Policy is "${referrer || "missing"}", not no-referrer.`);
  }
}

function checkNosniff(say, path, response) {
  if ((response.headers.get("x-content-type-options") ?? "").toLowerCase() !== "nosniff") {
    say.nosniffMissing.push(path);
    return false;
  }
  return true;
}

function checkNoStaleCache(say, path, response, what) {
  const cc = parseCacheControl(response.headers.get("cache-control"));
  if (alwaysRevalidated(cc)) return true;
  const maxAge = Number(cc.get("max-age") ?? cc.get("s-maxage") ?? NaN);
  if (Number.isNaN(maxAge)) {
    say("warning", `${path} has no Cache-Control: browsers may guess a lifetime and keep ${what} ` +
      "after an update. Send Cache-Control: no-cache.");
  } else {
    say("problem", `${path} may be cached for ${maxAge} s (Cache-Control: ` +
      `${response.headers.get("cache-control")}): people would keep ${what} after an update. ` +
      "Send Cache-Control: no-cache.");
  }
  return false;
}

async function checkFiles(say, base, release, fetchRaw, html) {
  let good = 0;
  const listed = new Set(release.files.map((f) => f.path));
  for (const ref of references(html)) {
    const url = new URL(ref, base);
    if (url.origin !== base.origin) {
      say("problem", `The page refers to another site (${ref}): it is not Hush's index.html.`);
      continue;
    }
    const path = url.href.slice(base.href.length);
    if (!ref.startsWith("#") && !listed.has(path) && path !== "sw.js") {
      say("problem", `The page refers to ${ref}, which is not in this release's file list: ` +
        "index.html and sw.js are from different releases.");
    }
  }
  for (const file of release.files) {
    const response = await fetchRaw(new URL(file.path, base));
    if (response.status >= 300 && response.status < 400) {
      say("problem", `${file.path} redirects (${response.status}); the service worker does not ` +
        "follow redirects, so the app cannot be installed for offline use.");
      continue;
    }
    if (response.status !== 200) {
      say("problem", `${file.path} answered ${response.status}: upload every file of the release.`);
      continue;
    }
    const body = Buffer.from(await response.arrayBuffer());
    let fine = checkType(say, file.path, response);
    fine = checkNosniff(say, file.path, response) && fine;
    const sha256 = createHash("sha256").update(body).digest("hex");
    if (sha256 !== file.sha256) {
      say("problem", `${file.path} is not the file of release ${release.id} (another release's, ` +
        "or changed on the way). A half-finished upload, or a cache or proxy serving old copies? " +
        "Until every file matches, browsers keep their previous copy of Hush.");
      fine = false;
    }
    const cc = parseCacheControl(response.headers.get("cache-control"));
    if (HASHED.test(file.path)) {
      const maxAge = Number(cc.get("max-age") ?? 0);
      if (cc.has("no-store") || maxAge < LONG_CACHE_S) {
        say("warning", `${file.path} has a hash in its name but is not cached long ` +
          `(Cache-Control: ${response.headers.get("cache-control") ?? "none"}): it can safely be ` +
          "cached for a year (public, max-age=31536000, immutable), which makes loading faster.");
        fine = false;
      }
    } else {
      fine = checkNoStaleCache(say, file.path, response, "an old copy") && fine;
    }
    if (fine) good += 1;
  }
  const hashed = release.files.filter((f) => HASHED.test(f.path)).length;
  say(good === release.files.length ? "ok" : "info",
    `${good} of ${release.files.length} files are exactly this release's, with the right type ` +
    `and caching (${hashed} with a hash in their name, cached long; the rest revalidated).`);
}

async function checkPolicy(say, base, fetchRaw) {
  const response = await fetchRaw(new URL("policy.toml", base));
  if (response.status === 404) {
    say("info", "No policy.toml: the app uses its built-in defaults (every kind on, [CARD] " +
      "labels). To set your own, put a policy.toml next to index.html (see DEPLOY.md).");
    return;
  }
  if (response.status !== 200) {
    say("problem", `policy.toml answered ${response.status}, neither a file nor 404: the app ` +
      "cannot know its policy.");
    return;
  }
  const text = await response.text();
  const type = mediaType(response);
  if (type === "text/html" || /^\s*<!doctype html/i.test(text)) {
    say("problem", "policy.toml answers with an HTML page: the server sends index.html for files " +
      "it does not have (a single-page-app fallback). Turn that off, or deploy a policy.toml.");
    return;
  }
  checkNoStaleCache(say, "policy.toml", response, "an old policy");
  try {
    const policy = parseToml(text);
    const name = typeof policy.name === "string" ? policy.name : "";
    const version = typeof policy.version === "string" || typeof policy.version === "number"
      ? String(policy.version) : "";
    if (name && version) {
      say("ok", `policy.toml is valid TOML: policy "${name}", version ${version}.`);
    } else {
      say("warning", "policy.toml is valid TOML but has no name and version: agents cannot " +
        "tell which policy they run under.");
    }
  } catch (e) {
    const where = e?.line ? ` at line ${e.line}, column ${e.column}` : "";
    say("problem", `policy.toml is not valid TOML${where}: the app will refuse to start until ` +
      "it is fixed.");
  }
}

async function checkMissing(say, base, fetchRaw) {
  const missing = await fetchRaw(new URL("hush-web-check-no-such-file.txt", base));
  if (missing.status === 404) {
    say("ok", "A missing file answers 404.");
  } else {
    say("warning", `A missing file answers ${missing.status}, not 404.`);
  }
  for (const name of [".htaccess", "web.config"]) {
    const r = await fetchRaw(new URL(name, base));
    if (r.status === 200) {
      say("warning", `${name} is served to anyone. It holds no secret, but it is the server's ` +
        "configuration: deny it.");
    }
  }
}

const LABEL = { ok: "ok      ", info: "note    ", warning: "warning ", problem: "PROBLEM " };

/** The report as lines of text. */
export function format(url, result, { quiet = false } = {}) {
  const lines = [`Checking the Hush deployment at ${url}`];
  for (const { level, text } of result.items) {
    if (quiet && (level === "ok" || level === "info")) continue;
    lines.push(`  ${LABEL[level]}${text}`);
  }
  const p = result.problems;
  const w = result.warnings;
  lines.push(p === 0
    ? `No problem found${w ? ` (${w} warning${w === 1 ? "" : "s"})` : ""}.`
    : `${p} problem${p === 1 ? "" : "s"}, ${w} warning${w === 1 ? "" : "s"}.`);
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const quiet = args.includes("--quiet");
  const urls = args.filter((a) => !a.startsWith("-"));
  if (args.includes("-h") || args.includes("--help") || urls.length !== 1) {
    console.log("usage: hush-web-check URL [--quiet]\n\n" +
      "Checks a Hush deployment: headers, MIME types, CSP, caching, the service worker's\n" +
      "files and the policy. Exit status 0: no problem; 1: problems; 2: could not check.");
    process.exit(urls.length === 1 || args.includes("-h") || args.includes("--help") ? 0 : 2);
  }
  let url;
  try {
    url = new URL(urls[0]);
  } catch {
    console.error(`hush-web-check: not a URL: ${urls[0]}`);
    process.exit(2);
  }
  try {
    const result = await check(url);
    console.log(format(url.href, result, { quiet }));
    process.exit(result.problems > 0 ? 1 : 0);
  } catch (e) {
    console.error(`hush-web-check: could not fetch ${url.href}: ${e.cause?.message ?? e.message}`);
    process.exit(2);
  }
}
