// Serves dist/ on 127.0.0.1 (port from the first argument, default 8080)
// until stopped. Used by scripts/serve.sh.
import { serve } from "../e2e/server.mjs";

const port = Number(process.argv[2] ?? 8080);
const { url } = await serve("dist", port);
console.log(`\n  Hush is at ${url}\n  (Ctrl+C to stop)\n`);
