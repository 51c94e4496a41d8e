//! Fuzz target: the `hush` command line, spawned as a process: its
//! arguments, files and standard input.
//!
//! The input is `ARGS \0 CONTENT`: ARGS split at `\x01` into arguments
//! (raw bytes, so not always UTF-8), CONTENT the bytes of the input file
//! and of standard input. An argument `@` is the path of a file holding
//! CONTENT, `@badname` the same under a name that is not UTF-8, `@dir` a
//! directory, `@missing` a path that does not exist, and `@closed` (not
//! passed on) closes hush's standard output before it writes: a closed
//! pipe. Without a `\0` the whole input is CONTENT, given on standard input
//! with no argument.
//!
//! Checks: hush ends by itself within 10 s, with status 0, 1 or 2, never by
//! a signal (an abort) and never with "panicked" on standard error; no
//! secret of CONTENT appears on standard error; a closed pipe does not
//! change the exit status (but may end it with 0 before an error it would
//! have met later); and with no option, the output is the core's
//! redaction of CONTENT (or, for CONTENT that is not UTF-8, nothing and
//! status 2).
//!
//! The binary is `target/release/hush` of the main crate (built by
//! `scripts/fuzz.sh cli`), or `$HUSH_BIN`.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStringExt;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use hush::{Policy, Style, redact, scan};

/// The paths the `@` arguments stand for, made once per process.
struct Work {
    file: PathBuf,
    badname: PathBuf,
    dir: PathBuf,
    missing: PathBuf,
}

fn work() -> &'static Work {
    static WORK: OnceLock<Work> = OnceLock::new();
    WORK.get_or_init(|| {
        let dir = std::env::temp_dir()
            .join(format!("hush-fuzz-cli-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).expect("temporary directory");
        Work {
            file: dir.join("input.txt"),
            badname: dir
                .join(OsString::from_vec(b"bad\xff\xfename.txt".to_vec())),
            missing: dir.join("no-such-file.txt"),
            dir: dir.join("sub"),
        }
    })
}

fn hush_bin() -> PathBuf {
    std::env::var_os("HUSH_BIN").map_or_else(
        || {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../target/release/hush"
            ))
        },
        PathBuf::from,
    )
}

/// What a run of hush gave.
struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

/// Runs hush with `args`, `content` on standard input, its standard output
/// closed from the start when `closed`.
fn run(args: &[OsString], content: &[u8], closed: bool) -> Run {
    let mut child = Command::new(hush_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hush runs (build it: cargo build --release --bin hush)");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = content.to_vec();
    let writer = std::thread::spawn(move || {
        // hush may not read it all (an error, a file argument).
        let _ = stdin.write_all(&input);
    });
    let mut out_pipe = child.stdout.take().expect("stdout");
    let out_reader = if closed {
        drop(out_pipe);
        None
    } else {
        Some(std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = out_pipe.read_to_end(&mut buf);
            buf
        }))
    };
    let mut err_pipe = child.stderr.take().expect("stderr");
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for hush") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("hush ran for over 10 s");
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    let _ = writer.join();
    Run {
        code: status.code(),
        stdout: out_reader
            .map(|r| r.join().unwrap_or_default())
            .unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let w = work();
        let (arg_bytes, content): (&[u8], &[u8]) =
            match data.iter().position(|&b| b == 0) {
                Some(i) => (&data[..i], &data[i + 1..]),
                None => (&[], data),
            };
        let raw: Vec<&[u8]> = if arg_bytes.is_empty() {
            Vec::new()
        } else {
            arg_bytes.split(|&b| b == 1).take(8).collect()
        };
        let mut closed = false;
        let mut args: Vec<OsString> = Vec::new();
        for a in &raw {
            match *a {
                b"@" => args.push(w.file.clone().into_os_string()),
                b"@badname" => args.push(w.badname.clone().into_os_string()),
                b"@dir" => args.push(w.dir.clone().into_os_string()),
                b"@missing" => args.push(w.missing.clone().into_os_string()),
                b"@closed" => closed = true,
                other => args.push(OsString::from_vec(other.to_vec())),
            }
        }
        std::fs::write(&w.file, content).expect("write the input file");
        std::fs::write(&w.badname, content).expect("write the input file");

        let r = run(&args, content, closed);
        // First the worst: a secret of the content on standard error (a
        // panic message quoting the input, say), as the core sees them.
        let text = std::str::from_utf8(content).ok();
        let findings =
            text.map(|t| scan(t, &Policy::default())).unwrap_or_default();
        if let Some(t) = text {
            for f in &findings {
                for p in f.parts() {
                    let part = &t.as_bytes()[p.range()];
                    let digits =
                        part.iter().filter(|b| b.is_ascii_digit()).count();
                    if digits >= 3
                        && part.len() >= 4
                        && !raw.iter().any(|a| contains(a, part))
                    {
                        assert!(
                            !contains(&r.stderr, part),
                            "a secret of the input is on standard error"
                        );
                    }
                }
            }
        }

        let Some(code) = r.code else {
            panic!("hush was killed by a signal (an abort or a crash)");
        };
        assert!(!contains(&r.stderr, b"panicked"), "hush panicked");
        assert!(
            matches!(code, 0..=2),
            "hush exited with an unexpected status"
        );

        if closed {
            // A closed pipe is a normal end: it never turns success into
            // an error. hush stops at it, so an error it would have met
            // later (a missing file after standard input) goes unreported
            // and the status is 0.
            let open = run(&args, content, false);
            assert!(
                open.code == Some(code) || (code == 0 && open.code == Some(2)),
                "a closed standard output changed the exit status"
            );
        } else if raw.is_empty() || raw == [b"@"] {
            match text {
                Some(t) if !t.starts_with('\u{feff}') => {
                    assert!(code == 0, "plain redaction of UTF-8 text failed");
                    let want = redact(t, &findings, Style::Label);
                    assert!(
                        r.stdout == want.as_bytes(),
                        "hush's output differs from the core's redaction"
                    );
                }
                Some(_) => {
                    assert!(code == 0, "plain redaction of UTF-8 text failed")
                }
                None => {
                    assert!(code == 2, "text that is not UTF-8 was accepted");
                    assert!(
                        r.stdout.is_empty(),
                        "text that is not UTF-8 was written out"
                    );
                }
            }
        }
    });
}
