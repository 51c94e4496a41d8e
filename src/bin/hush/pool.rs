//! Reading the pieces of one big input on several threads: the core's
//! [`hush::Pool`], run with [`std::thread::scope`]. The core itself starts
//! no thread; the findings, and so the output, are the same as in turn.

use std::sync::atomic::{AtomicUsize, Ordering};

use hush::{Finding, Pool};

/// A pool of `n` threads, started for each batch of pieces (a batch is
/// megabytes per thread, so starting them costs little).
#[derive(Clone, Copy, Debug)]
pub struct Threads(pub usize);

impl Threads {
    /// How many bytes of text to hand the pool at a time: 1 MB on one
    /// thread; on more, 4 MB per thread. A piece is 256-512 KB, so a batch
    /// of 1 MB was 2-4 pieces, and on 2 threads one of them often waited
    /// for the other's last piece (10 MB on 2 threads: 0.67 s before,
    /// 0.55 s with the bigger batch, medians of 5).
    pub fn batch(self) -> usize {
        const MB: usize = 1 << 20;
        match self.width() {
            1 => MB,
            n => 4 * MB * n,
        }
    }
}

impl Pool for Threads {
    fn width(&self) -> usize {
        self.0.max(1)
    }

    fn map(
        &self,
        n: usize,
        read: &(dyn Fn(usize) -> Vec<Finding> + Sync),
    ) -> Vec<Vec<Finding>> {
        let width = self.width().min(n);
        if width <= 1 {
            return (0..n).map(read).collect();
        }
        // Each thread takes the next piece not taken yet, so a slow piece
        // does not hold up the others.
        let next = AtomicUsize::new(0);
        let mut done: Vec<(usize, Vec<Finding>)> = std::thread::scope(|s| {
            let workers: Vec<_> = (0..width)
                .map(|_| {
                    s.spawn(|| {
                        let mut mine = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            if i >= n {
                                return mine;
                            }
                            mine.push((i, read(i)));
                        }
                    })
                })
                .collect();
            // A thread that panicked gives nothing back: the core then
            // reads every piece again in turn (it checks the count).
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_default())
                .collect()
        });
        done.sort_unstable_by_key(|&(i, _)| i);
        done.into_iter().map(|(_, found)| found).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Threads;
    use hush::{InTurn, Policy, Pool, Scanner, Stream, redact, scan};

    fn text() -> String {
        let note = "Agent: card number please\nCustomer: 4111 1111 1111 1111, \
                    exp 09/27, code 737\n\nNotes: ssn 123-13-7435, order 55123\n\n";
        note.repeat(40_000)
    }

    #[test]
    fn gives_back_every_read_in_order() {
        // A different finding for each piece: a card i bytes on.
        let policy = Policy::default();
        let read = |i: usize| {
            let text = format!("{}card 4111 1111 1111 1111", " ".repeat(i));
            scan(&text, &policy)
        };
        for width in [1, 2, 3, 8] {
            for n in [0, 1, 2, 5, 17] {
                let got = Threads(width).map(n, &read);
                let want = InTurn.map(n, &read);
                assert_eq!(got, want, "width {width}, n {n}");
            }
        }
    }

    #[test]
    fn a_scan_on_threads_is_the_scan_in_turn() {
        let text = text();
        let policy = Policy::default();
        let mut scanner = Scanner::new(text.clone(), &policy);
        while !scanner.step_in(1 << 20, &Threads(3)) {}
        let (_, found) = scanner.finish();
        assert_eq!(found, scan(&text, &policy));
    }

    #[test]
    fn a_stream_on_threads_writes_what_a_whole_scan_writes() {
        let text = text();
        let policy = Policy::default();
        let mut stream = Stream::new(&policy);
        let mut out = String::new();
        for chunk in text.as_bytes().chunks(1_500_000) {
            let chunk = std::str::from_utf8(chunk).unwrap();
            stream.push_in(chunk, &mut out, &Threads(2));
        }
        stream.finish_in(&mut out, &Threads(2));
        assert_eq!(out, redact(&text, &scan(&text, &policy), policy.style));
    }
}
