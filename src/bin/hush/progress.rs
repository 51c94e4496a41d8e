//! The progress line on standard error: files done and bytes scanned,
//! shown only on a terminal and only when the work is long, cleared before
//! anything else is written there. Used by the batch of inputs
//! (`batch.rs`) and by one streamed input (`stream.rs`).

use std::io::{self, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The progress line on standard error: shown only when standard error is
/// a terminal and the run has taken more than a second (in debug builds,
/// `HUSH_PROGRESS_AFTER_MS` sets that delay, for the tests); it shows
/// counts, never a file's name or text.
pub struct Progress<'a> {
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
    /// A progress line for `files` inputs of `total_bytes` in all (0 when
    /// not known), reading the bytes done from `scanned`; drawn only if
    /// `on` (standard error is a terminal, and nothing else writes there).
    pub fn new(
        on: bool,
        files: usize,
        total_bytes: u64,
        scanned: &'a AtomicU64,
    ) -> Progress<'a> {
        Progress {
            on,
            after: delay(),
            start: Instant::now(),
            files,
            done: 0,
            total_bytes,
            scanned,
            shown: false,
        }
    }

    /// The number of inputs finished.
    pub fn done(&mut self, done: usize) {
        self.done = done;
    }

    /// Draws the line, if on and the run is long enough.
    pub fn draw(&mut self) {
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

    /// Erases the line, if drawn, so that other output starts clean.
    pub fn clear(&mut self) {
        if self.shown {
            let _ = write!(io::stderr(), "\r\x1b[2K");
            self.shown = false;
        }
    }
}

impl Drop for Progress<'_> {
    fn drop(&mut self) {
        self.clear();
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
