// A tiny static file server for dist/, bound to 127.0.0.1 on a free port.
// It records every request it answers, so the privacy tests can also check
// from the server's side that nothing was asked for after the page loaded.
// Its folder can be switched while it runs (`setRoot`), as deploying a new
// release would, and its headers changed (`headers`), as another server
// would send them.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".toml": "application/toml; charset=utf-8",
};

/**
 * Serves `dir` (port 0: any free one); resolves to { url, requests,
 * setRoot(dir), setDown(bool), close() }. `headers(path, defaults)`, if given, returns the
 * headers of each answer (defaults: its content type and no-store).
 */
export async function serve(dir = "dist", port = 0, { headers } = {}) {
  let root = resolve(dir);
  let down = false;
  const requests = [];
  const server = createServer(async (req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    requests.push({
      method: req.method,
      url: req.url,
      at: Date.now(),
      headers: req.headers,
      body: await new Promise((ok) => {
        const chunks = [];
        req.on("data", (c) => chunks.push(c));
        req.on("end", () => ok(Buffer.concat(chunks).toString("utf8")));
      }),
    });
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const defaults = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      };
      res.writeHead(200, headers ? headers(path, defaults) : defaults);
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", ok);
  });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    requests,
    setRoot: (next) => {
      root = resolve(next);
    },
    /** While down, every connection is dropped unanswered, as if unreachable. */
    setDown: (value) => {
      down = value;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}
