// Writes the service worker of a build: the release's file list, from the
// build's own files, put into static/sw.js.
//
// Trunk runs it after every build (a post_build hook in Trunk.toml) on its
// staging folder, which then becomes dist/; it can also be run by hand on a
// folder of built files:
//
//   node scripts/release-files.mjs [DIR]     (default: $TRUNK_STAGING_DIR)
//
// The release is { version, id, files: [{ path, sha256 }] }:
// - version: Cargo.toml's workspace version (HUSH_RELEASE_VERSION overrides
//   it, for tests that need a second release);
// - files: every file of DIR, sorted by path, but sw.js itself (the browser
//   fetches it on its own) and policy.toml (the administrator's, fetched
//   fresh; see static/sw.js);
// - id: the first 16 hex digits of the SHA-256 of the list in sha256sum's
//   format, so any change to any file is a new release.
import { createHash } from "node:crypto";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MARKER = "/* @release */ null";

/** Files the release does not list: the worker itself and the policy. */
export const NOT_LISTED = new Set(["sw.js", "policy.toml"]);

/** The version in Cargo.toml's [workspace.package] (both packages'). */
export async function cargoVersion(root = ROOT) {
  const toml = await readFile(join(root, "Cargo.toml"), "utf8");
  const pkg = toml.split(/^\[/m).find((s) => s.startsWith("workspace.package]"));
  const version = pkg?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error("no [workspace.package] version in Cargo.toml");
  return version;
}

async function walk(dir, top = dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path, top)));
    else if (entry.isFile()) out.push(relative(top, path).split(sep).join("/"));
    else throw new Error(`${path}: not a file or folder`);
  }
  return out;
}

/** The release of the built files in `dir` (see the top of this file). */
export async function release(dir, version) {
  const paths = (await walk(dir))
    .filter((p) => !NOT_LISTED.has(p))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files = [];
  for (const path of paths) {
    const sha256 = createHash("sha256").update(await readFile(join(dir, path))).digest("hex");
    files.push({ path, sha256 });
  }
  const sums = files.map((f) => `${f.sha256}  ${f.path}\n`).join("");
  const id = createHash("sha256").update(sums).digest("hex").slice(0, 16);
  return { version, id, files };
}

/** The service worker's source for `rel`: static/sw.js with the list in it. */
export async function workerSource(rel, root = ROOT) {
  const template = await readFile(join(root, "static", "sw.js"), "utf8");
  const parts = template.split(MARKER);
  if (parts.length !== 2) {
    throw new Error(`static/sw.js must hold the marker ${MARKER} exactly once`);
  }
  return parts[0] + JSON.stringify(rel) + parts[1];
}

/** Lists `dir` and writes `dir`/sw.js; returns the release. */
export async function writeWorker(dir, version) {
  const rel = await release(dir, version ?? (await cargoVersion()));
  await writeFile(join(dir, "sw.js"), await workerSource(rel));
  return rel;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("usage: node scripts/release-files.mjs DIR (or run by Trunk)");
    process.exit(2);
  }
  const rel = await writeWorker(dir, process.env.HUSH_RELEASE_VERSION || undefined);
  console.log(`sw.js: Hush ${rel.version} (${rel.id}), ${rel.files.length} files`);
}
