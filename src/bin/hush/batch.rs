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
use std::sync::atomic::AtomicU64;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

use crate::input::Input;
use crate::job::{self, Config, Done};
use crate::progress::Progress;

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
    let mut progress = Progress::new(
        io::stderr().is_terminal(),
        inputs.len(),
        inputs.iter().filter_map(Input::size_hint).sum(),
        &scanned,
    );
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
