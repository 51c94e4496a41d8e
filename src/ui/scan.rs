//! The page's side of the scan worker: it starts the worker, hands it each
//! [`Job`] the state asks for, and turns the worker's answers into
//! [`Action`]s.
//!
//! The worker is `static/scan-worker.js` running the app's own wasm module
//! (see [`crate::ui::worker`]); `static/boot.js` makes it, with the Trusted
//! Types policy `hush-scan` for its URL, and hands it the compiled module,
//! so starting it fetches only that script and the module's JavaScript
//! glue, from this origin. The page sends it the text, the policy file's
//! text and the settings; it answers with progress, the findings (encoded,
//! [`hush::wire`]) or, for a big text, the summary and the redacted text as
//! a Blob. It makes no request of its own.
//!
//! Fail closed: an error of the worker (a panic, an out-of-memory abort, a
//! script that does not load, a message that cannot be read) becomes
//! [`Action::ScanFailed`], which empties the output; the worker is then
//! stopped and a new one started for the next scan. Cancel stops the
//! worker at once, whatever it is doing.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Function, Object, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, MessageEvent, Worker};

use super::state::{Action, BigView, Job};

/// What the page hands the worker for a big text: the file, or the pasted
/// text as the browser's own string (never copied into the page's wasm
/// memory).
#[derive(Clone)]
pub enum Source {
    /// An opened or dropped file.
    File(web_sys::File),
    /// A pasted or dropped text.
    Text(JsValue),
}

/// The scan worker, started when first needed.
pub struct ScanClient {
    worker: RefCell<Option<Running>>,
    /// The job last handed to the worker.
    posted: Cell<u64>,
    /// The big text, if the page shows one.
    source: RefCell<Option<Source>>,
    /// The redacted big text of a job, for Copy and Download.
    blob: RefCell<Option<(u64, Blob)>>,
    dispatch: Rc<dyn Fn(Action)>,
}

/// A started worker and its handlers (kept alive as long as it is).
struct Running {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl ScanClient {
    /// A client that reports to `dispatch`; the worker starts at once, so
    /// that its files are loaded before there is any text.
    pub fn new(dispatch: Rc<dyn Fn(Action)>) -> Rc<ScanClient> {
        let client = Rc::new(ScanClient {
            worker: RefCell::new(None),
            posted: Cell::new(0),
            source: RefCell::new(None),
            blob: RefCell::new(None),
            dispatch,
        });
        let _ = client.worker();
        client
    }

    /// Keeps the big text the page shows (or forgets it).
    pub fn set_source(&self, source: Option<Source>) {
        *self.source.borrow_mut() = source;
        *self.blob.borrow_mut() = None;
    }

    /// The redacted big text of job `job`, if it is done.
    pub fn blob(&self, job: u64) -> Option<Blob> {
        match &*self.blob.borrow() {
            Some((j, blob)) if *j == job => Some(blob.clone()),
            _ => None,
        }
    }

    /// Hands `job` to the worker (starting one if needed). Anything going
    /// wrong fails the job.
    pub fn post(self: &Rc<Self>, job: &Job) {
        self.posted.set(job.id);
        let sent = self.message(job).and_then(|msg| {
            let worker = self.worker()?;
            worker.post_message(&msg)
        });
        if sent.is_err() {
            self.fail(job.id);
        }
    }

    /// Stops the worker at once (Cancel); the next job starts a new one.
    pub fn stop(&self) {
        if let Some(running) = self.worker.borrow_mut().take() {
            running.worker.terminate();
        }
    }

    fn message(&self, job: &Job) -> Result<JsValue, JsValue> {
        let msg = Object::new();
        let set = |k: &str, v: &JsValue| Reflect::set(&msg, &k.into(), v);
        set("job", &JsValue::from_f64(job.id as f64))?;
        set("kinds", &JsValue::from_f64(f64::from(job.kinds)))?;
        set("style", &JsValue::from_str(job.style))?;
        if let Some(source) = &job.source {
            set("policy", &JsValue::from_str(source))?;
        }
        match &job.text {
            Some(text) => {
                set("text", &JsValue::from_str(text))?;
            }
            None => {
                set("big", &JsValue::TRUE)?;
                match &*self.source.borrow() {
                    Some(Source::File(file)) => set("file", file)?,
                    Some(Source::Text(text)) => set("text", text)?,
                    None => return Err(JsValue::NULL),
                };
            }
        }
        Ok(msg.into())
    }

    /// The worker, started if there is none.
    fn worker(self: &Rc<Self>) -> Result<Worker, JsValue> {
        if let Some(running) = &*self.worker.borrow() {
            return Ok(running.worker.clone());
        }
        let window = super::browser::window();
        let make: Function =
            Reflect::get(&window, &"hushScanWorker".into())?.dyn_into()?;
        let worker: Worker = make.call0(&JsValue::NULL)?.dyn_into()?;
        let weak = Rc::downgrade(self);
        let on_message =
            Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                if let Some(client) = weak.upgrade() {
                    client.answer(&e.data());
                }
            });
        let weak = Rc::downgrade(self);
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(
            move |e: web_sys::Event| {
                // Handled here: the page's own error handler (boot.js)
                // would stop the whole app.
                e.prevent_default();
                if let Some(client) = weak.upgrade() {
                    client.fail(client.posted.get());
                }
            },
        );
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        worker.set_onmessageerror(Some(on_error.as_ref().unchecked_ref()));
        *self.worker.borrow_mut() = Some(Running {
            worker: worker.clone(),
            _on_message: on_message,
            _on_error: on_error,
        });
        Ok(worker)
    }

    /// The worker failed: stop it (its memory may be in any state) and
    /// fail the job.
    fn fail(&self, job: u64) {
        self.stop();
        (self.dispatch)(Action::ScanFailed { job });
    }

    /// One answer of the worker.
    fn answer(&self, data: &JsValue) {
        let get = |k: &str| Reflect::get(data, &k.into()).unwrap_or_default();
        let num = |k: &str| get(k).as_f64().unwrap_or(0.0) as usize;
        let job = get("job").as_f64().unwrap_or(0.0) as u64;
        let action = if get("failed").is_truthy() {
            return self.fail(job);
        } else if let Some(why) = get("refused").as_string() {
            Action::NotOpened { job, why }
        } else if get("progress").is_truthy() {
            Action::Progress { job, done: num("done"), total: num("total") }
        } else if let Ok(bytes) = get("findings").dyn_into::<Uint8Array>() {
            match hush::wire::decode(&bytes.to_vec()) {
                Some(findings) => Action::Scanned { job, findings },
                None => return self.fail(job),
            }
        } else if let Ok(blob) = get("output").dyn_into::<Blob>() {
            let text = |k: &str| get(k).as_string().unwrap_or_default();
            let list = text("list");
            let view = BigView {
                summary: text("summary"),
                count: num("count"),
                bytes: num("bytes"),
                input_head: text("inputHead"),
                output_head: text("outputHead"),
                list: list
                    .lines()
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect(),
            };
            *self.blob.borrow_mut() = Some((job, blob));
            Action::BigScanned { job, view }
        } else {
            // "ready", or anything else: nothing to do.
            return;
        };
        (self.dispatch)(action);
    }
}
