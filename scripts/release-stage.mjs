// Lays out the release folder from a build: scripts/release.sh calls it
// between `trunk build --release` and packing the archives.
//
//   node scripts/release-stage.mjs DIST STAGE VERSION
//
// STAGE (emptied first) becomes:
//   site/          DIST's files (the web root), plus .htaccess (Apache) and
//                  web.config (IIS), which only work there
//   servers/       nginx.conf, Caddyfile, object-store.tsv
//   policy.toml    the example policy, commented
//   tools/         hush-web-check and the one library it needs
//   DEPLOY.md, README.txt, SHA256SUMS (every other file's SHA-256)
//
// The server configurations are filled in from deploy/: the CSP header is
// the page's own policy (the meta tag in DIST/index.html, so the two cannot
// drift apart) plus frame-ancestors 'none', which a meta tag cannot carry.
// Everything written is a function of DIST and the repository's files, in
// sorted order, so the same commit gives the same bytes.
import { createHash } from "node:crypto";
import { chmod, copyFile, cp, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { HASHED, metaCsp as pageCsp } from "./hush-web-check.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The Content-Security-Policy of the page's meta tag. */
export function metaCsp(html) {
  const csp = pageCsp(html);
  if (!csp) throw new Error("index.html has no Content-Security-Policy meta tag");
  return csp;
}

/** The header form: the page's policy plus frame-ancestors 'none'. */
export function headerCsp(meta) {
  const csp = meta.trim().replace(/;\s*$/, "");
  if (/frame-ancestors/.test(csp)) return csp;
  return `${csp}; frame-ancestors 'none'`;
}

async function walk(dir, top = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path, top)));
    else out.push(relative(top, path).split(sep).join("/"));
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function fill(template, values) {
  return template.replace(/@([A-Z_]+)@/g, (whole, key) => {
    if (!(key in values)) throw new Error(`no value for ${whole}`);
    return values[key];
  });
}

/** IIS's per-file long cache, for the hashed files of this release. */
function iisLongCache(files) {
  return files
    .filter((f) => HASHED.test(f))
    .map((f) =>
      `  <location path="${f}">\n` +
      "    <system.webServer>\n" +
      "      <staticContent>\n" +
      '        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00"' +
      ' cacheControlCustom="public, immutable" />\n' +
      "      </staticContent>\n" +
      "    </system.webServer>\n" +
      "  </location>\n")
    .join("");
}

/** Content type and cache header per file, for uploads to an object store. */
const OBJECT_TYPES = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  wasm: "application/wasm",
  svg: "image/svg+xml",
  png: "image/png",
  webmanifest: "application/manifest+json; charset=utf-8",
  toml: "application/toml; charset=utf-8",
};

function objectStoreTsv(files) {
  const rows = ["# path\tContent-Type\tCache-Control"];
  for (const f of [...files, "policy.toml"]) {
    const ext = f.match(/\.([a-z0-9]+)$/)?.[1];
    const type = OBJECT_TYPES[ext];
    if (!type) throw new Error(`${f}: no content type known for object stores`);
    const cache = HASHED.test(f) ? "public, max-age=31536000, immutable" : "no-cache";
    rows.push(`${f}\t${type}\t${cache}`);
  }
  return `${rows.join("\n")}\n`;
}

function readme(version) {
  return `Hush ${version}: the web app, ready to host

Hush redacts payment card numbers, SSNs, CVVs and expiry dates in the
browser; nothing typed or pasted leaves the page. This archive holds
everything a static web server needs. DEPLOY.md says how, step by step.

  site/          the web root: serve this folder's files (index.html and
                 the rest). It already holds .htaccess (Apache) and
                 web.config (IIS).
  servers/       nginx.conf, Caddyfile, and object-store.tsv (the
                 Content-Type and Cache-Control of each file, for a bucket)
  policy.toml    an example policy: edit it and put it in site/, next to
                 index.html, to set what every agent's page redacts
  tools/         hush-web-check URL: checks a deployment (needs Node 20)
  DEPLOY.md      hosting, the policy, updating, checking
  SHA256SUMS     the SHA-256 of every file here: sha256sum -c SHA256SUMS
`;
}

/** Builds the release folder STAGE from the built files in DIST. */
export async function stage(dist, out, version) {
  await rm(out, { recursive: true, force: true });
  const site = join(out, "site");
  await mkdir(site, { recursive: true });
  await cp(dist, site, { recursive: true });
  const siteFiles = await walk(site);
  for (const f of ["index.html", "sw.js"]) {
    if (!siteFiles.includes(f)) throw new Error(`${dist} has no ${f}: build with trunk first`);
  }
  if (siteFiles.includes("policy.toml")) {
    throw new Error(`${dist} holds a policy.toml: the release ships only the example`);
  }
  const csp = headerCsp(metaCsp(await readFile(join(site, "index.html"), "utf8")));
  if (csp.includes('"')) throw new Error("the CSP holds a double quote");
  const values = { VERSION: version, CSP: csp, IIS_LONG_CACHE: iisLongCache(siteFiles) };
  const template = (name) => readFile(join(ROOT, "deploy", name), "utf8");

  await mkdir(join(out, "servers"));
  await writeFile(join(out, "servers", "nginx.conf"), fill(await template("nginx.conf"), values));
  await writeFile(join(out, "servers", "Caddyfile"), fill(await template("Caddyfile"), values));
  await writeFile(join(out, "servers", "object-store.tsv"), objectStoreTsv(siteFiles));
  await writeFile(join(site, ".htaccess"), fill(await template("htaccess"), values));
  await writeFile(join(site, "web.config"), fill(await template("web.config"), values));

  await copyFile(join(ROOT, "deploy", "policy.toml"), join(out, "policy.toml"));
  await copyFile(join(ROOT, "DEPLOY.md"), join(out, "DEPLOY.md"));
  await writeFile(join(out, "README.txt"), readme(version));

  const tools = join(out, "tools");
  await mkdir(tools);
  await copyFile(join(ROOT, "scripts", "hush-web-check"), join(tools, "hush-web-check"));
  await copyFile(join(ROOT, "scripts", "hush-web-check.mjs"), join(tools, "hush-web-check.mjs"));
  const toml = join(ROOT, "node_modules", "smol-toml");
  const vendored = join(tools, "node_modules", "smol-toml");
  for (const f of await walk(toml)) {
    if (!/^(package\.json|LICENSE|dist\/[^/]+\.(js|cjs))$/.test(f)) continue;
    await mkdir(dirname(join(vendored, f)), { recursive: true });
    await copyFile(join(toml, f), join(vendored, f));
  }

  // Fixed permissions: the archive must not depend on the umask.
  const all = await walk(out);
  for (const f of all) {
    await chmod(join(out, f), f === "tools/hush-web-check" ? 0o755 : 0o644);
  }
  for (const d of new Set(all.flatMap((f) => f.split("/").slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join("/"))))) {
    await chmod(join(out, d), 0o755);
  }
  await chmod(out, 0o755);

  const sums = [];
  for (const f of all) {
    const sha = createHash("sha256").update(await readFile(join(out, f))).digest("hex");
    sums.push(`${sha}  ${f}\n`);
  }
  await writeFile(join(out, "SHA256SUMS"), sums.join(""));
  await chmod(join(out, "SHA256SUMS"), 0o644);
  const size = (await Promise.all(all.map((f) => stat(join(out, f))))).reduce((n, s) => n + s.size, 0);
  return { files: all.length + 1, bytes: size };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dist, out, version] = process.argv.slice(2);
  if (!dist || !out || !version) {
    console.error("usage: node scripts/release-stage.mjs DIST STAGE VERSION");
    process.exit(2);
  }
  const { files, bytes } = await stage(dist, out, version);
  console.log(`${out}: ${files} files, ${bytes} bytes`);
}
