// The scan worker: redacts off the page's main thread, so that typing,
// scrolling and clicking never wait on a scan (src/ui/scan.rs is the
// page's side, src/ui/worker.rs the Rust this calls).
//
// It runs the app's own wasm module: the page (static/boot.js) sends the
// compiled module and the address of its JavaScript glue first, so the
// module is never fetched twice. Then each message is a job: a text (or a
// file, or a big pasted text) with the policy file's text and the
// settings. The job is scanned in steps; between steps this worker yields
// to its own event loop, so that a newer job (the person typed again)
// supersedes the running one, which is dropped at its next step. Progress
// goes to the page at most every 50 ms.
//
// It makes no request but for the glue, and logs nothing: an error of any
// kind is answered with { failed } and no message, since a message could
// quote the text.
let core = null;
let ready = null;
let newest = 0;

/** Bytes scanned between two looks at the mailbox. */
const STEP_BYTES = 256 * 1024;
const PROGRESS_MS = 50;

/** Resolves once the event loop has run: lets newer messages in. */
function pause() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

async function start({ js, module }) {
  const glue = await import(js);
  const { default: init } = glue;
  await init({ module_or_path: module });
  glue.workerStart();
  core = glue;
}

async function run(m) {
  await ready;
  if (m.job !== newest) return;
  const policy = typeof m.policy === "string" ? m.policy : undefined;
  let job;
  try {
    if (m.file) {
      const bytes = new Uint8Array(await m.file.arrayBuffer());
      if (m.job !== newest) return;
      job = core.ScanJob.fromBytes(bytes, policy, m.kinds, m.style);
    } else {
      job = new core.ScanJob(m.text, policy, m.kinds, m.style);
    }
  } catch (e) {
    // A file that is not text, or too large: the core's fixed sentence.
    if (typeof e === "string") {
      postMessage({ job: m.job, refused: e });
      return;
    }
    throw e;
  }
  postMessage({ job: m.job, progress: true, done: 0, total: job.total() });
  let shown = performance.now();
  while (!job.step(STEP_BYTES)) {
    if (performance.now() - shown >= PROGRESS_MS) {
      shown = performance.now();
      postMessage({ job: m.job, progress: true, done: job.done(), total: job.total() });
    }
    await pause();
    if (m.job !== newest) {
      job.free();
      return;
    }
  }
  postMessage({ job: m.job, progress: true, done: job.total(), total: job.total() });
  if (m.big) {
    const r = job.redacted();
    const output = new Blob([r.output()], { type: "text/plain" });
    postMessage({
      job: m.job,
      output,
      summary: r.summary(),
      count: r.count(),
      bytes: r.bytes(),
      inputHead: r.inputHead(),
      outputHead: r.outputHead(),
      list: r.list(),
    });
    r.free();
  } else {
    const findings = job.findings();
    postMessage({ job: m.job, findings }, [findings.buffer]);
  }
}

function fail(job) {
  postMessage({ job, failed: true });
}

self.onmessage = ({ data }) => {
  if (data?.init) {
    ready = start(data.init);
    ready.catch(() => fail(newest));
    return;
  }
  newest = data.job;
  run(data).catch(() => fail(data.job));
};
self.onerror = (e) => {
  e.preventDefault();
  fail(newest);
};
self.onunhandledrejection = (e) => {
  e.preventDefault();
  fail(newest);
};
