//! Running the jobs: several inputs in parallel (`--jobs`), their output
//! written in the order of the arguments, and a progress line on standard
//! error when it is a terminal and the work takes a while: files done and
//! bytes scanned, which moves within one long file too.
//!
//! Memory stays bounded: a worker takes the next input only while it is at
//! most `jobs` inputs ahead of the one being written, so at most about
//! `2 × jobs` inputs are held at once.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use crate::input::Input;
use crate::job::{self, Config, Done};

/// How the run went, for the exit status.
#[derive(Debug, Default)]
pub struct Report {
    /// An input could not be read or written.
    pub failed: bool,
    /// Something was found.
    pub found: bool,
}

/// Which input a worker takes next, and which the writer waits for.
struct Schedule {
    next: usize,
    written: usize,
    stop: bool,
}

/// Runs every input with `jobs` workers and writes the results in order.
/// A closed standard output (a broken pipe, as with `hush ... | head`) is
/// a normal end: the run stops quietly.
pub fn run(inputs: &[Input], config: &Config, jobs: usize) -> Report {
    let jobs = jobs.clamp(1, inputs.len().max(1));
    let schedule = Mutex::new(Schedule { next: 0, written: 0, stop: false });
    let room = Condvar::new();
    let mut report = Report::default();
    let scanned = AtomicU64::new(0);
    let mut progress = Progress::new(inputs, &scanned);
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, Result<Done, String>)>();
        for _ in 0..jobs {
            let tx = tx.clone();
            let (schedule, room, scanned) = (&schedule, &room, &scanned);
            scope.spawn(move || {
                while let Some(i) = take(schedule, room, jobs, inputs.len()) {
                    let result = job::run(&inputs[i], config, scanned);
                    if tx.send((i, result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut next = 0;
        loop {
            match rx.recv_timeout(Duration::from_millis(100)) {
                Ok((i, result)) => {
                    pending.insert(i, result);
                }
                Err(RecvTimeoutError::Timeout) => {
                    progress.draw();
                    continue;
                }
                Err(RecvTimeoutError::Disconnected) => break,
            }
            while let Some(result) = pending.remove(&next) {
                progress.clear();
                let go_on = emit(result, &mut report);
                next += 1;
                progress.done(next);
                let mut s = lock(&schedule);
                s.written = next;
                s.stop |= !go_on;
                room.notify_all();
                if !go_on {
                    return;
                }
            }
            progress.draw();
        }
    });
    progress.clear();
    report
}

/// Takes the next input to process, waiting while the workers are `jobs`
/// inputs ahead of the writer; `None` when there is none left or the run
/// stopped.
fn take(
    schedule: &Mutex<Schedule>,
    room: &Condvar,
    jobs: usize,
    count: usize,
) -> Option<usize> {
    let mut s = lock(schedule);
    loop {
        if s.stop || s.next >= count {
            return None;
        }
        if s.next < s.written + jobs {
            s.next += 1;
            return Some(s.next - 1);
        }
        s = room.wait(s).unwrap_or_else(std::sync::PoisonError::into_inner);
    }
}

fn lock(m: &Mutex<Schedule>) -> std::sync::MutexGuard<'_, Schedule> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Writes one input's result. Returns false when the run must stop:
/// standard output is closed or cannot be written.
fn emit(result: Result<Done, String>, report: &mut Report) -> bool {
    let done = match result {
        Ok(done) => done,
        Err(message) => {
            // Report and go on with the other inputs; nothing of this one
            // is written.
            report.failed = true;
            let _ = writeln!(io::stderr(), "hush: {message}");
            return true;
        }
    };
    report.found |= done.found;
    if !done.stdout.is_empty() {
        // The whole output of one input is written and flushed under the
        // lock, so the panic hook (which takes the same lock) never cuts an
        // input's output short.
        let mut out = io::stdout().lock();
        let written = out.write_all(&done.stdout).and_then(|()| out.flush());
        if let Err(e) = written {
            if e.kind() != io::ErrorKind::BrokenPipe {
                report.failed = true;
                let _ = writeln!(
                    io::stderr(),
                    "hush: cannot write the output: {e}"
                );
            }
            return false;
        }
    }
    if let Some(note) = done.note {
        let _ = writeln!(io::stderr(), "{note}");
    }
    true
}

/// The progress line on standard error: shown only when standard error is
/// a terminal and the run has taken more than a second (in debug builds,
/// `HUSH_PROGRESS_AFTER_MS` sets that delay, for the tests); it shows
/// counts, never a file's name or text.
struct Progress<'a> {
    on: bool,
    after: Duration,
    start: Instant,
    files: usize,
    done: usize,
    total_bytes: u64,
    scanned: &'a AtomicU64,
    shown: bool,
}

impl<'a> Progress<'a> {
    fn new(inputs: &[Input], scanned: &'a AtomicU64) -> Progress<'a> {
        Progress {
            on: io::stderr().is_terminal(),
            after: delay(),
            start: Instant::now(),
            files: inputs.len(),
            done: 0,
            total_bytes: inputs.iter().filter_map(Input::size_hint).sum(),
            scanned,
            shown: false,
        }
    }

    fn done(&mut self, done: usize) {
        self.done = done;
    }

    fn draw(&mut self) {
        if !self.on || self.start.elapsed() < self.after {
            return;
        }
        let line = progress_line(
            self.done,
            self.files,
            self.scanned.load(Ordering::Relaxed),
            self.total_bytes,
            self.start.elapsed().as_secs(),
        );
        let _ = write!(io::stderr(), "\r\x1b[2K{line}");
        self.shown = true;
    }

    fn clear(&mut self) {
        if self.shown {
            let _ = write!(io::stderr(), "\r\x1b[2K");
            self.shown = false;
        }
    }
}

/// How long a run goes before the progress line appears.
fn delay() -> Duration {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("HUSH_PROGRESS_AFTER_MS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        return Duration::from_millis(ms);
    }
    Duration::from_secs(1)
}

/// "hush: 3 of 10 files, 12 of 40 MB (30%), 4 s"; for one file "hush: 12
/// of 40 MB (30%), 4 s"; "hush: 12 MB, 4 s" when the size is not known
/// (standard input).
fn progress_line(
    done: usize,
    files: usize,
    done_bytes: u64,
    total_bytes: u64,
    secs: u64,
) -> String {
    let mb = |b: u64| b.div_ceil(1 << 20);
    let mut parts = Vec::new();
    if files != 1 {
        parts.push(format!("{done} of {files} files"));
    }
    if total_bytes > 0 {
        let done_bytes = done_bytes.min(total_bytes);
        parts.push(format!(
            "{} of {} MB ({}%)",
            mb(done_bytes),
            mb(total_bytes),
            done_bytes * 100 / total_bytes
        ));
    } else {
        parts.push(format!("{} MB", mb(done_bytes)));
    }
    parts.push(format!("{secs} s"));
    format!("hush: {}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_lines() {
        assert_eq!(
            progress_line(0, 1, 3 << 20, 40 << 20, 2),
            "hush: 3 of 40 MB (7%), 2 s"
        );
        assert_eq!(progress_line(0, 1, 5 << 20, 0, 2), "hush: 5 MB, 2 s");
        assert_eq!(
            progress_line(3, 10, 5 << 20, 40 << 20, 4),
            "hush: 3 of 10 files, 5 of 40 MB (12%), 4 s"
        );
        assert_eq!(
            progress_line(10, 10, 41 << 20, 40 << 20, 9),
            "hush: 10 of 10 files, 40 of 40 MB (100%), 9 s"
        );
    }
}
