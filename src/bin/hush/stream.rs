//! One big input redacted as it is read ([`hush::Stream`]): memory stays
//! bounded whatever the size of the input, and the bytes written are
//! exactly those of redacting the whole input at once.
//!
//! Taken for plain redaction of a single input (no `--json`, `--check`,
//! `--jsonl-field` or `--out-dir`) when it is larger than [`FROM`]: a file
//! by its size, standard input once more than [`FROM`] bytes have come.
//! `--max-size` then bounds only what must be held whole (a JSON
//! document). A file is read twice: first to check that it is UTF-8, so
//! that a file that is not writes nothing, as in the other modes; standard
//! input cannot be read twice, so a byte that is not UTF-8 late in it stops
//! the output there, with an error and exit status 2 (what was written
//! before is redacted).

use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use hush::Stream;

use crate::input::{Input, Size};
use crate::job::Config;
use crate::pool::Threads;
use crate::progress::Progress;

/// Inputs larger than this are streamed.
pub const FROM: usize = 16 * 1024 * 1024;

/// [`FROM`]; in debug builds `HUSH_TEST_STREAM_FROM=<bytes>` lowers it, so
/// that the tests stream inputs of a few pieces.
fn from() -> usize {
    #[cfg(debug_assertions)]
    if let Some(n) = std::env::var("HUSH_TEST_STREAM_FROM")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        return n;
    }
    FROM
}

/// How much is read at a time.
const CHUNK: usize = 1024 * 1024;

/// Set while a stream is writing: the panic hook then says that the output
/// stops part-way.
pub static STREAMING: AtomicBool = AtomicBool::new(false);

/// What became of a streamed input.
pub enum Outcome {
    /// Written whole.
    Done,
    /// Standard output was closed: a normal end.
    Closed,
}

/// Whether `input` is to be streamed under `config`, judged by its size
/// (files) or always (standard input, which [`run`] streams only once it
/// proves larger than [`FROM`]).
pub fn applies(input: &Input, config: &Config, inputs: usize) -> bool {
    let plain = config.mode == crate::job::Mode::Redact
        && config.jsonl.is_none()
        && config.out_dir.is_none()
        && inputs == 1;
    plain
        && match input {
            Input::Stdin => true,
            Input::File(_) => {
                input.size_hint().is_some_and(|n| n > from() as u64)
            }
        }
}

/// Streams `input` to standard output. For standard input, first reads up
/// to [`FROM`] bytes: if it ends there, hands them back (`Ok(Err(bytes))`)
/// for the ordinary path. Errors name the input, never its text.
pub fn run(
    input: &Input,
    config: &Config,
) -> Result<Result<Outcome, Vec<u8>>, String> {
    let name = input.name();
    match input {
        Input::Stdin => {
            let mut first = Vec::new();
            io::stdin()
                .lock()
                .take(from() as u64 + 1)
                .read_to_end(&mut first)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            if first.len() <= from() {
                return Ok(Err(first));
            }
            let rest = io::stdin().lock();
            pump(first.as_slice().chain(rest), "standard input", 0, config)
                .map(Ok)
        }
        Input::File(path) => {
            let open = || {
                std::fs::File::open(path)
                    .map_err(|e| format!("{name}: cannot open: {e}"))
            };
            check_utf8(open()?, &name)?;
            let size = input.size_hint().unwrap_or(0);
            pump(open()?, &name, size, config).map(Ok)
        }
    }
}

/// Reads `reader` to its end and fails, naming the offset of the first
/// byte that is not UTF-8, if there is one.
fn check_utf8(mut reader: impl Read, name: &str) -> Result<(), String> {
    let mut buf = vec![0u8; CHUNK];
    let mut carry = 0;
    let mut offset = 0u64;
    loop {
        let n = read_some(&mut reader, &mut buf[carry..])
            .map_err(|e| format!("{name}: cannot read: {e}"))?;
        let len = carry + n;
        let eof = n == 0;
        match std::str::from_utf8(&buf[..len]) {
            Ok(_) => carry = 0,
            Err(e) if e.error_len().is_none() && !eof => {
                let good = e.valid_up_to();
                buf.copy_within(good..len, 0);
                carry = len - good;
                offset += good as u64;
                continue;
            }
            Err(e) => {
                let at = offset + e.valid_up_to() as u64;
                return Err(format!(
                    "{name}: not UTF-8 text (invalid byte at offset {at}); convert it to UTF-8 first"
                ));
            }
        }
        offset += len as u64;
        if eof {
            return Ok(());
        }
    }
}

/// Redacts what `reader` gives (`size` bytes, 0 when not known), chunk by
/// chunk, to standard output. A progress line shows the bytes done when
/// standard error is a terminal and standard output is not.
fn pump(
    mut reader: impl Read,
    name: &str,
    size: u64,
    config: &Config,
) -> Result<Outcome, String> {
    let done = AtomicU64::new(0);
    let on = io::stderr().is_terminal() && !io::stdout().is_terminal();
    let mut progress = Progress::new(on, 1, size, &done);
    let mut drawn: Option<Instant> = None;
    let mut stream = Stream::new(&config.policy);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(CHUNK, stdout.lock());
    // The threads read the pieces ready in a chunk together: a chunk of a
    // batch holds enough pieces to keep them all busy.
    let threads = Threads(config.threads);
    let mut buf = vec![0u8; threads.batch()];
    let mut carry = 0;
    let mut offset = 0u64;
    let mut first = true;
    let mut text = String::new();
    STREAMING.store(true, Ordering::SeqCst);
    let closed = |e: &io::Error| e.kind() == io::ErrorKind::BrokenPipe;
    loop {
        // A batch is read 1 MB at a time, so that the progress line moves
        // as the bytes come.
        let mut n = 0;
        loop {
            let from = carry + n;
            let to = (from + CHUNK).min(buf.len());
            if from >= to {
                break;
            }
            let k = read_some(&mut reader, &mut buf[from..to])
                .map_err(|e| format!("{name}: cannot read: {e}"))?;
            n += k;
            done.fetch_max(offset + (carry + n) as u64, Ordering::Relaxed);
            if drawn.is_none_or(|t| t.elapsed() >= Duration::from_millis(100))
            {
                progress.draw();
                drawn = Some(Instant::now());
            }
            // Short of what was asked: the input ended.
            if k < to - from {
                break;
            }
        }
        let len = carry + n;
        let eof = n == 0;
        let good = match std::str::from_utf8(&buf[..len]) {
            Ok(_) => len,
            Err(e) if e.error_len().is_none() && !eof => e.valid_up_to(),
            Err(e) => {
                let at = offset + e.valid_up_to() as u64;
                let _ = out.flush();
                return Err(format!(
                    "{name}: not UTF-8 text (invalid byte at offset {at}); the output stops there"
                ));
            }
        };
        let mut chunk = std::str::from_utf8(&buf[..good]).unwrap_or("");
        if first && !chunk.is_empty() {
            first = false;
            // A byte-order mark is written as it came and kept out of the
            // text, as in the other modes.
            if let Some(rest) = chunk.strip_prefix('\u{feff}') {
                if let Err(e) = out.write_all("\u{feff}".as_bytes()) {
                    return if closed(&e) {
                        Ok(Outcome::Closed)
                    } else {
                        Err(write_error(&e))
                    };
                }
                chunk = rest;
            }
        }
        stream.push_in(chunk, &mut text, &threads);
        if eof {
            stream.finish_in(&mut text, &threads);
            if let Err(e) = out.write_all(text.as_bytes()) {
                return if closed(&e) {
                    Ok(Outcome::Closed)
                } else {
                    Err(write_error(&e))
                };
            }
            break;
        }
        if stream.kept() as u64 > config.max_size {
            // Only a JSON document is held whole; it writes nothing before
            // its end, so nothing of it has been written.
            return Err(format!(
                "{name}: a JSON document larger than the maximum input size of {}; split it, or raise the limit with --max-size",
                Size(config.max_size)
            ));
        }
        if let Err(e) = out.write_all(text.as_bytes()) {
            return if closed(&e) {
                Ok(Outcome::Closed)
            } else {
                Err(write_error(&e))
            };
        }
        text.clear();
        buf.copy_within(good..len, 0);
        carry = len - good;
        offset += good as u64;
        done.fetch_max(offset, Ordering::Relaxed);
        if drawn.is_none_or(|t| t.elapsed() >= Duration::from_millis(100)) {
            progress.draw();
            drawn = Some(Instant::now());
        }
    }
    progress.clear();
    match out.flush() {
        Ok(()) => Ok(Outcome::Done),
        Err(e) if closed(&e) => Ok(Outcome::Closed),
        Err(e) => Err(write_error(&e)),
    }
}

fn write_error(e: &io::Error) -> String {
    format!("cannot write standard output: {e}")
}

/// Reads into `buf` until it is full or the input ends; the bytes read.
fn read_some(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match reader.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}
