//! The `hush` command-line tool, run as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn hush(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hush"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hush runs");
    // hush may exit before reading (a bad option): a closed pipe is fine.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("hush exits")
}

fn stdout(o: &Output) -> &str {
    std::str::from_utf8(&o.stdout).expect("UTF-8 output")
}

fn stderr(o: &Output) -> &str {
    std::str::from_utf8(&o.stderr).expect("UTF-8 errors")
}

/// A file in a fresh temporary directory.
fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("hush-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

const NOTE: &str = "Cust card 4111 1111 1111 1111 exp 09/27 cvv 123, SSN 123-13-7435.\n\
                    Callback 818-833-3003, order 4423285047093668.\n";

#[test]
fn redacts_standard_input_with_labels_by_default() {
    let o = hush(&[], NOTE.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        "Cust card [CARD] exp [EXPIRY] cvv [CVV], SSN [SSN].\n\
         Callback 818-833-3003, order 4423285047093668.\n"
    );
}

#[test]
fn styles() {
    let text =
        "a 4111 1111 1111 1111 b 5555-5555-5555-4444 c 4111111111111111\n";
    let numbered = hush(&["--style", "numbered"], text.as_bytes());
    assert_eq!(stdout(&numbered), "a [CARD-1] b [CARD-2] c [CARD-1]\n");
    let mask = hush(&["--style=mask"], text.as_bytes());
    assert_eq!(
        stdout(&mask),
        "a **** **** **** **** b ****-****-****-**** c ****************\n"
    );
    let last4 = hush(&["--style", "last4"], text.as_bytes());
    assert_eq!(
        stdout(&last4),
        "a [CARD ending 1111] b [CARD ending 4444] c [CARD ending 1111]\n"
    );
}

#[test]
fn only_some_kinds() {
    let o = hush(&["--only", "ssn,cvv"], NOTE.as_bytes());
    assert_eq!(
        stdout(&o).lines().next(),
        Some("Cust card 4111 1111 1111 1111 exp 09/27 cvv [CVV], SSN [SSN].")
    );
}

#[test]
fn json_has_findings_parts_reasons_and_redacted_text() {
    let text = "Agent: card number?\nCustomer: four one one one, one one one one\n\
                Agent: uh huh\nCustomer: one one one one one one one one\n";
    let o = hush(&["--json"], text.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value =
        serde_json::from_str(stdout(&o)).expect("one JSON object");
    let findings = v["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), 1);
    let f = &findings[0];
    assert_eq!(f["kind"], "card");
    let parts = f["parts"].as_array().expect("parts");
    assert_eq!(parts.len(), 2);
    let range = |p: &serde_json::Value| {
        p[0].as_u64().unwrap() as usize..p[1].as_u64().unwrap() as usize
    };
    assert_eq!(&text[range(&parts[0])], "four one one one, one one one one");
    assert_eq!(&text[range(&parts[1])], "one one one one one one one one");
    assert_eq!(f["start"].as_u64(), Some(range(&parts[0]).start as u64));
    assert_eq!(f["end"].as_u64(), Some(range(&parts[1]).end as u64));
    assert!(f["reason"].as_str().unwrap().contains("Luhn ok"));
    assert_eq!(
        v["redacted"],
        "Agent: card number?\nCustomer: [CARD]\nAgent: uh huh\nCustomer: [CARD]\n"
    );
}

#[test]
fn json_offsets_are_utf8_bytes() {
    let text = "Zoë: 4111 1111 1111 1111";
    let o = hush(&["--json"], text.as_bytes());
    let v: serde_json::Value = serde_json::from_str(stdout(&o)).unwrap();
    assert_eq!(v["findings"][0]["start"], 6);
    assert_eq!(v["findings"][0]["end"], 25);
}

#[test]
fn check_exits_1_when_found_and_never_prints_the_secret() {
    let o = hush(&["--check"], NOTE.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("<stdin>:1:11: card number"),
        "{}",
        stdout(&o)
    );
    assert!(!stdout(&o).contains("4111"));
    assert!(!stderr(&o).contains("4111"));
    let clean = hush(
        &["--check"],
        b"Callback 818-833-3003, order 4423285047093668.\n",
    );
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(stdout(&clean), "");
}

#[test]
fn files_are_read_in_order() {
    let a = temp_file("a.txt", b"SSN 123-13-7435\n");
    let b = temp_file("b.txt", b"card 4111111111111111\n");
    let o = hush(&[a.to_str().unwrap(), b.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "SSN [SSN]\ncard [CARD]\n");
}

#[test]
fn errors_exit_2_and_name_the_file() {
    let missing = hush(&["/no/such/file.txt"], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("/no/such/file.txt"));

    let dir = std::env::temp_dir();
    let directory = hush(&[dir.to_str().unwrap()], b"");
    assert_eq!(directory.status.code(), Some(2));
    assert!(stderr(&directory).contains("is a directory"));

    let binary =
        temp_file("bad.txt", b"card 4111 1111 1111 1111 \xff\xfe rest");
    let good = temp_file("good.txt", b"SSN 123-13-7435\n");
    let o = hush(&[binary.to_str().unwrap(), good.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.txt"));
    assert!(stderr(&o).contains("offset 25"), "{}", stderr(&o));
    // Nothing of the bad file is written; the good one still is.
    assert_eq!(stdout(&o), "SSN [SSN]\n");

    let stdin = hush(&[], b"\xc3\x28");
    assert_eq!(stdin.status.code(), Some(2));
    assert!(stderr(&stdin).contains("standard input"));
    assert_eq!(stdout(&stdin), "");
}

#[test]
fn bad_options_exit_2_with_a_hint() {
    let o = hush(&["--style", "fancy"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown style 'fancy'"));
    let o = hush(&["--only", "card,pin"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown kind 'pin'"));
    let o = hush(&["--frobnicate"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("hush --help"));
    let o = hush(&["--style"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn help_and_version() {
    let o = hush(&["--help"], b"");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("Usage: hush"));
    assert!(stdout(&o).contains("--check"));
    let o = hush(&["-V"], b"");
    assert_eq!(stdout(&o), format!("hush {}\n", env!("CARGO_PKG_VERSION")));
}

// ---------------------------------------------------------------------
// Policies, custom patterns and allow rules (issue 9).

/// A fresh, empty temporary directory for one test.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("hush-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn path_str(p: &std::path::Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

const POLICY: &str = r#"
name = "Acme support"
version = "7"
kinds = ["card", "ssn", "cvv", "expiry"]
style = "label"
locked = ["card", "style", "allow"]

[[pattern]]
name = "member_id"
regex = '\bMBR-\d{8}\b'

[allow]
exact = ["1-800-555-0100"]
digits = ["4111 1111 1111 1111"]
"#;

const POLICY_NOTE: &str = "Member MBR-20240117 called from 1-800-555-0100, \
                           training card 4111-1111-1111-1111, real card \
                           5555 5555 5555 4444, MBR-1234.\n";

#[test]
fn a_policy_with_custom_patterns_and_allow_rules() {
    let policy = temp_file("policy.toml", POLICY.as_bytes());
    let o = hush(&["--policy", path_str(&policy)], POLICY_NOTE.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Member [MEMBER-ID] called from 1-800-555-0100, training card \
         4111-1111-1111-1111, real card [CARD], MBR-1234.\n"
    );
    let o = hush(
        &["--policy", path_str(&policy), "--json"],
        POLICY_NOTE.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&o)).unwrap();
    let f = &v["findings"][0];
    assert_eq!(f["kind"], "custom");
    assert_eq!(f["pattern"], "member_id");
    assert_eq!(f["label"], "MEMBER-ID");
    assert_eq!(f["start"], 7);
    assert_eq!(f["end"], 19);
    let o = hush(
        &["--policy", path_str(&policy), "--check"],
        POLICY_NOTE.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains(
            "<stdin>:1:8: member ID (matches the pattern 'member_id')"
        ),
        "{}",
        stdout(&o)
    );
    assert_eq!(stderr(&o), "<stdin>: 1 card number, 1 member ID found\n");
}

#[test]
fn locked_settings_cannot_be_changed_on_the_command_line() {
    let policy = temp_file("locked.toml", POLICY.as_bytes());
    let p = path_str(&policy);
    let o = hush(&["--policy", p, "--only", "ssn"], POLICY_NOTE.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(
            "card numbers are locked on by the policy 'Acme support'"
        ),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout(&o), "");
    let o = hush(&["--policy", p, "--style", "mask"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("the style is locked to label"));
    let o = hush(&["--policy", p, "--allow", "5555.*"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("locks its allow rules"));
    // What is not locked can change: turning CVVs off, the same style.
    let o = hush(
        &["--policy", p, "--only", "card,ssn,expiry", "--style", "label"],
        b"card 5555 5555 5555 4444 cvv 123\n",
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "card [CARD] cvv 123\n");
}

#[test]
fn an_invalid_policy_exits_2_with_the_position_and_no_input() {
    let secret = b"card 4111 1111 1111 1111 SSN 123-13-7435\n";
    let typo = temp_file(
        "typo.toml",
        b"name = \"x\"\nkinds = [\"card\"]\nlockd = [\"card\"]\n",
    );
    let o = hush(&["--policy", path_str(&typo)], secret);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(err.contains("typo.toml: invalid policy: line 3, column 1: unknown field `lockd`"), "{err}");
    assert!(!err.contains("4111") && !err.contains("7435"), "{err}");

    let bad_regex = temp_file(
        "regex.toml",
        b"name = \"x\"\n[[pattern]]\nname = \"member_id\"\nregex = 'MBR-(\\d{8}'\n",
    );
    let o = hush(&["--policy", path_str(&bad_regex)], secret);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("line 4, column 9: pattern 'member_id': unclosed group (at character 5 of the regex)"),
        "{err}"
    );
    assert!(!err.contains("4111"), "{err}");

    let kind =
        temp_file("kind.toml", b"name = \"x\"\nkinds = [\"card\", \"pin\"]\n");
    let o = hush(&["--policy", path_str(&kind)], secret);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("line 2, column 18: `kinds`: unknown kind 'pin'"),
        "{}",
        stderr(&o)
    );

    let o = hush(&["--policy", "/no/such/policy.toml"], secret);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("/no/such/policy.toml: cannot open the policy")
    );
    assert_eq!(stdout(&o), "");
}

#[test]
fn patterns_and_allow_rules_on_the_command_line() {
    let text = b"MBR-20240117 and mbr-20240118, call 1-800-555-0100 or 1-800-555-0199\n";
    let o = hush(
        &[
            "--pattern",
            r"member_id=(?i)\bMBR-\d{8}\b",
            "--pattern",
            r"phone=\b1-800-\d{3}-\d{4}\b",
            "--allow",
            r"1-800-555-01\d\d",
            "--allow-exact",
            "mbr-20240118",
        ],
        text,
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "[MEMBER-ID] and mbr-20240118, call 1-800-555-0100 or 1-800-555-0199\n"
    );
    let o = hush(
        &["--allow-digits", "4111-1111-1111-1111"],
        b"4111 1111 1111 1111 and 4012 8888 8888 1881\n",
    );
    assert_eq!(stdout(&o), "4111 1111 1111 1111 and [CARD]\n");
    let o = hush(
        &["--pattern", "member_id=MBR-\\d{8}", "--style", "numbered"],
        b"MBR-12345678 MBR-87654321 MBR-12345678\n",
    );
    assert_eq!(stdout(&o), "[MEMBER-ID-1] [MEMBER-ID-2] [MEMBER-ID-1]\n");
}

#[test]
fn invalid_patterns_exit_2_with_the_position_and_no_input() {
    let secret = b"card 4111 1111 1111 1111\n";
    let o = hush(&["--pattern", "member_id=MBR-(\\d"], secret);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(
        err.contains("--pattern: pattern 'member_id': unclosed group (at character 5 of the regex)"),
        "{err}"
    );
    assert!(!err.contains("4111"));
    let o = hush(&["--pattern", "member_id"], secret);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("NAME=REGEX"));
    let o = hush(&["--pattern", "card=x"], secret);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("built-in kind"));
    let o = hush(&["--pattern", r"x=\p{L}+"], secret);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("Unicode classes"), "{}", stderr(&o));
    let o = hush(&["--allow", "a{2,1}"], secret);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--allow 1:"), "{}", stderr(&o));
    let o = hush(&["--allow-digits", "41x1"], secret);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn check_says_which_kinds_are_not_looked_for() {
    let o = hush(&["--check", "--only", "card,ssn"], NOTE.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "<stdin>: 1 card number, 1 SSN found; CVVs and expiry dates are not being looked for\n"
    );
}

// ---------------------------------------------------------------------
// Faults (issue 8).

/// Runs hush with extra environment variables.
fn hush_env(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hush"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hush runs");
    // hush may exit before reading (a bad option): a closed pipe is fine.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("hush exits")
}

#[test]
fn a_panic_prints_a_fixed_sentence_keeps_earlier_output_and_exits_70() {
    // The switch that provokes the panic exists in debug builds only (see
    // `src/bin/hush/job.rs`); `cargo test --release` has nothing to test.
    if !cfg!(debug_assertions) {
        return;
    }
    let dir = temp_dir("panic");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    let c = dir.join("c.txt");
    std::fs::write(&a, "SSN 123-13-7435\n").unwrap();
    std::fs::write(&b, "card 4111 1111 1111 1111 secret-marker\n").unwrap();
    std::fs::write(&c, "card 5555 5555 5555 4444\n").unwrap();
    let o = hush_env(
        &["-j", "1", path_str(&a), path_str(&b), path_str(&c)],
        b"",
        &[("HUSH_TEST_PANIC", path_str(&b)), ("RUST_BACKTRACE", "1")],
    );
    assert_eq!(o.status.code(), Some(70));
    assert_eq!(stdout(&o), "SSN [SSN]\n");
    assert_eq!(
        stderr(&o),
        "hush: internal error; stopped without writing the input being processed. \
         This is a bug: please report it (without your input).\n"
    );
    let o = hush_env(
        &[],
        b"card 4111 1111 1111 1111 secret-marker\n",
        &[("HUSH_TEST_PANIC", "<stdin>")],
    );
    assert_eq!(o.status.code(), Some(70));
    assert!(
        !stderr(&o).contains("secret-marker") && !stderr(&o).contains("4111")
    );
    assert_eq!(stdout(&o), "");
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_does_not_panic() {
    use std::os::unix::ffi::OsStrExt;
    let dir = temp_dir("nonutf8");
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
    let path = dir.join(name);
    std::fs::write(&path, "card 4111 1111 1111 1111\n").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_hush"))
        .arg("--check")
        .arg(&path)
        .output()
        .expect("hush runs");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("caf\u{fffd}.txt:1:6: card number"),
        "{}",
        stdout(&o)
    );
    let o =
        Command::new(env!("CARGO_BIN_EXE_hush")).arg(&path).output().unwrap();
    assert_eq!(stdout(&o), "card [CARD]\n");
    let missing = dir.join(std::ffi::OsStr::from_bytes(b"no\xff.txt"));
    let o = Command::new(env!("CARGO_BIN_EXE_hush"))
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot open"));
}

/// Runs hush with standard output going to a pipe whose read end is
/// already closed.
#[cfg(unix)]
fn to_closed_pipe(args: &[&str], stdin: &[u8]) -> Output {
    // The write end of a pipe whose only reader, `true`, has exited.
    let mut reader =
        Command::new("true").stdin(Stdio::piped()).spawn().expect("true runs");
    let writer = reader.stdin.take().expect("pipe");
    reader.wait().expect("true exits");
    let mut child = Command::new(env!("CARGO_BIN_EXE_hush"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(writer)
        .stderr(Stdio::piped())
        .spawn()
        .expect("hush runs");
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("hush exits")
}

#[cfg(unix)]
#[test]
fn help_and_version_to_a_closed_pipe_or_a_full_disk_do_not_panic() {
    for args in [&["--help"][..], &["-h"], &["-V"]] {
        let o = to_closed_pipe(args, b"");
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
        let full =
            std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let o = Command::new(env!("CARGO_BIN_EXE_hush"))
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&o).contains("cannot write the output"),
            "{}",
            stderr(&o)
        );
        assert!(!stderr(&o).contains("panicked"));
    }
    // Redacted output to a full disk is an error too.
    let full =
        std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_hush"))
        .stdin(Stdio::piped())
        .stdout(full)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(NOTE.as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("No space left"), "{}", stderr(&o));
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_is_a_normal_end() {
    use std::io::{BufRead, BufReader};
    // About 2 MB of output: far more than a pipe holds.
    let big = NOTE.repeat(20_000);
    let file = temp_file("big.txt", big.as_bytes());
    let mut child = Command::new(env!("CARGO_BIN_EXE_hush"))
        .arg(&file)
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("hush runs");
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: `hush big.txt | head -1`.
    assert!(first.starts_with("Cust card [CARD]"), "{first}");
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stderr(&o), "");
    let o = to_closed_pipe(&[], NOTE.as_bytes());
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stderr(&o), "");
}

#[test]
fn a_byte_order_mark_is_stripped_and_offsets_stay_in_the_original_bytes() {
    // See: issue 8 ("A byte-order mark changes the result").
    let text = b"\xef\xbb\xbf| Name | SSN |\n|---|---|\n| Ann | 733311387 |\n";
    let o = hush(&[], text);
    assert_eq!(
        o.stdout,
        b"\xef\xbb\xbf| Name | SSN |\n|---|---|\n| Ann | [SSN] |\n"
    );
    let o = hush(&["--json"], text);
    let v: serde_json::Value = serde_json::from_str(stdout(&o)).unwrap();
    let f = &v["findings"][0];
    assert_eq!(f["kind"], "ssn");
    let (start, end) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], b"733311387");
    assert_eq!(f["parts"][0][0].as_u64(), Some(start as u64));
    let o = hush(&["--check"], text);
    assert_eq!(o.status.code(), Some(1));
    // Line 3, column 9: the mark is not a character on the first line.
    assert!(stdout(&o).starts_with("<stdin>:3:9: SSN ("), "{}", stdout(&o));
    assert_eq!(stdout(&o).lines().count(), 1);
}

#[test]
fn inputs_over_the_maximum_size_are_refused() {
    let dir = temp_dir("maxsize");
    let big = dir.join("big.txt");
    let small = dir.join("small.txt");
    std::fs::write(&big, NOTE.repeat(30)).unwrap();
    std::fs::write(&small, "SSN 123-13-7435\n").unwrap();
    let o = hush(&["--max-size", "1K", path_str(&big), path_str(&small)], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "SSN [SSN]\n");
    assert!(
        stderr(&o)
            .contains("big.txt: larger than the maximum input size of 1K"),
        "{}",
        stderr(&o)
    );
    // Standard input and devices have no length: the limit holds while
    // reading.
    let o = hush(&["--max-size", "1K"], NOTE.repeat(30).as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    #[cfg(unix)]
    {
        let o = hush(&["--max-size", "1M", "/dev/zero"], b"");
        assert_eq!(o.status.code(), Some(2));
        assert!(
            stderr(&o).contains(
                "/dev/zero: larger than the maximum input size of 1M"
            )
        );
    }
    let o = hush(&["--max-size", "lots"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--max-size"), "{}", stderr(&o));
}

// ---------------------------------------------------------------------
// Batch work (issue 10).

#[test]
fn jobs_keep_the_order_of_the_arguments() {
    let dir = temp_dir("jobs");
    let mut args = vec!["--jobs".to_string(), "4".to_string()];
    let mut want = String::new();
    for i in 0..12 {
        let path = dir.join(format!("f{i}.txt"));
        // Sizes vary so the files finish out of order.
        let body = format!(
            "file {i} SSN 123-13-7435\n{}",
            "filler line\n".repeat((12 - i) * 500)
        );
        std::fs::write(&path, &body).unwrap();
        want.push_str(&body.replace("123-13-7435", "[SSN]"));
        args.push(path_str(&path).to_string());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = hush(&args, b"");
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o) == want, "output out of order");
    assert_eq!(
        stderr(&o),
        "",
        "no progress line when stderr is not a terminal"
    );
    let json = hush(&[&["--json", "-j", "3"][..], &args[2..]].concat(), b"");
    let files: Vec<String> = stdout(&json)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["file"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(files, args[2..]);
    let o = hush(&["--jobs", "0"], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn out_dir_writes_each_file_under_its_name() {
    let src = temp_dir("outdir-src");
    let out = src.join("redacted");
    let a = src.join("a.txt");
    let b = src.join("b.txt");
    std::fs::write(&a, "SSN 123-13-7435\n").unwrap();
    std::fs::write(&b, "card 4111 1111 1111 1111\n").unwrap();
    let o =
        hush(&["--out-dir", path_str(&out), path_str(&a), path_str(&b)], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    assert_eq!(
        std::fs::read_to_string(out.join("a.txt")).unwrap(),
        "SSN [SSN]\n"
    );
    assert_eq!(
        std::fs::read_to_string(out.join("b.txt")).unwrap(),
        "card [CARD]\n"
    );
    let mut names: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names, ["a.txt", "b.txt"], "no temporary file left");

    // The same name twice, standard input, the input's own directory.
    let other = temp_dir("outdir-other");
    std::fs::write(other.join("a.txt"), "x\n").unwrap();
    let o = hush(
        &[
            "--out-dir",
            path_str(&out),
            path_str(&a),
            path_str(&other.join("a.txt")),
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("two inputs are named 'a.txt'"));
    let o = hush(&["--out-dir", path_str(&out)], b"SSN 123-13-7435\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("standard input"));
    let o = hush(&["--out-dir", path_str(&src), path_str(&a)], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("would overwrite the input"));
    assert_eq!(std::fs::read_to_string(&a).unwrap(), "SSN 123-13-7435\n");
    let o = hush(&["--out-dir", path_str(&out), "--check", path_str(&a)], b"");
    assert_eq!(o.status.code(), Some(2));
}

const CHAT: &str = concat!(
    r#"{"id":1,"role":"agent","text":"Can I have the card number?","score":1e5,"ref":123456789012345678901234567890}"#,
    "\n",
    r#"{"id":2,"role":"customer","text":"sure it's 4111 1111"}"#,
    "\n",
    r#"{"id":3,"role":"customer","text":"1111 1111","meta":{"z":1,"a":[2,3]}}"#,
    "\n",
    "\n",
    r#"{"id":4,"role":"agent","note":"no text here"}"#,
    "\n",
    r#"{"id":5,"role":"agent","text":"Thanks, and the SSN 123-13-7435 is on file."}"#,
    "\r\n",
);

#[test]
fn jsonl_field_redacts_one_field_and_keeps_the_rest() {
    let o = hush(&["--jsonl-field", "text"], CHAT.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let want = concat!(
        r#"{"id":1,"role":"agent","text":"Can I have the card number?","score":1e5,"ref":123456789012345678901234567890}"#,
        "\n",
        r#"{"id":2,"role":"customer","text":"sure it's [CARD]"}"#,
        "\n",
        r#"{"id":3,"role":"customer","text":"[CARD]","meta":{"z":1,"a":[2,3]}}"#,
        "\n",
        "\n",
        r#"{"id":4,"role":"agent","note":"no text here"}"#,
        "\n",
        r#"{"id":5,"role":"agent","text":"Thanks, and the SSN [SSN] is on file."}"#,
        "\r\n",
    );
    assert_eq!(stdout(&o), want);
    for line in stdout(&o).lines().filter(|l| !l.is_empty()) {
        serde_json::from_str::<serde_json::Value>(line)
            .expect("valid JSON line");
    }
    // Last4 puts the last four digits on the last piece only; mask masks
    // each piece in place.
    let o =
        hush(&["--jsonl-field", "text", "--style", "last4"], CHAT.as_bytes());
    assert!(
        stdout(&o).contains(r#""text":"sure it's [CARD]""#),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains(r#""text":"[CARD ending 1111]""#));
    let o =
        hush(&["--jsonl-field", "text", "--style", "mask"], CHAT.as_bytes());
    assert!(
        stdout(&o).contains(r#""text":"sure it's **** ****""#),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains(r#""text":"**** ****","meta""#));
}

#[test]
fn jsonl_field_finds_a_card_read_over_two_turns_with_speakers() {
    let chat = concat!(
        r#"{"who":"Agent","text":"What's the card number?"}"#,
        "\n",
        r#"{"who":"Customer","text":"four one one one, one one one one"}"#,
        "\n",
        r#"{"who":"Agent","text":"uh huh"}"#,
        "\n",
        r#"{"who":"Customer","text":"one one one one one one one one"}"#,
        "\n",
    );
    let o = hush(
        &["--jsonl-field", "text", "--speaker-field", "who"],
        chat.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        concat!(
            r#"{"who":"Agent","text":"What's the card number?"}"#,
            "\n",
            r#"{"who":"Customer","text":"[CARD]"}"#,
            "\n",
            r#"{"who":"Agent","text":"uh huh"}"#,
            "\n",
            r#"{"who":"Customer","text":"[CARD]"}"#,
            "\n",
        )
    );
    let o = hush(
        &["--jsonl-field", "text", "--speaker-field", "who", "--check"],
        chat.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).starts_with("<stdin>:2:1: card number ("),
        "{}",
        stdout(&o)
    );
    let o = hush(&["--speaker-field", "who"], chat.as_bytes());
    assert_eq!(
        o.status.code(),
        Some(2),
        "--speaker-field needs --jsonl-field"
    );
}

#[test]
fn jsonl_field_refuses_a_file_with_a_line_that_is_not_json() {
    let text =
        "{\"text\":\"SSN 123-13-7435\"}\nnot json 4111 1111 1111 1111\n";
    let o = hush(&["--jsonl-field", "text"], text.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    assert!(stderr(&o).contains("line 2 is not valid JSON"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("4111"));
    let o = hush(&["--jsonl-field", "text", "--json"], text.as_bytes());
    assert_eq!(o.status.code(), Some(2));
}

// ---------------------------------------------------------------------
// The progress line (issue 10).

/// Over a megabyte of notes, so that the scan takes more than one step.
fn progress_notes() -> String {
    NOTE.repeat((5 << 18) / NOTE.len())
}

#[test]
fn no_progress_line_when_standard_error_is_not_a_terminal() {
    // `HUSH_PROGRESS_AFTER_MS=0` (debug builds) would draw the line at once
    // on a terminal; here standard error is a pipe, so nothing but the
    // redacted text comes out, for one file, several files, standard input
    // and one streamed file.
    let text = progress_notes();
    let dir = temp_dir("progress-pipe");
    let a = dir.join("a.txt");
    let b = dir.join("b.txt");
    std::fs::write(&a, &text).unwrap();
    std::fs::write(&b, NOTE).unwrap();
    let env = [("HUSH_PROGRESS_AFTER_MS", "0")];
    let streamed =
        [("HUSH_PROGRESS_AFTER_MS", "0"), ("HUSH_TEST_STREAM_FROM", "100000")];
    let runs = [
        (vec![path_str(&a)], "", &env[..]),
        (vec![path_str(&a), path_str(&b)], "", &env[..]),
        (vec![], text.as_str(), &env[..]),
        (vec![path_str(&a)], "", &streamed[..]),
    ];
    for (args, stdin, env) in runs {
        let o = hush_env(&args, stdin.as_bytes(), env);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
        assert!(stdout(&o).starts_with("Cust card [CARD] exp [EXPIRY]"));
    }
}

/// Runs `hush FILE > OUT` on a terminal (`script`, util-linux) with the
/// progress line's delay at 0 and `env`; what the terminal showed.
#[cfg(unix)]
fn on_a_terminal(name: &str, env: &[(&str, &str)]) -> String {
    let dir = temp_dir(name);
    let a = dir.join("secret-name.txt");
    std::fs::write(&a, progress_notes()).unwrap();
    let out = dir.join("out.txt");
    let command = format!(
        "{} {} > {}",
        env!("CARGO_BIN_EXE_hush"),
        path_str(&a),
        path_str(&out)
    );
    let o = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("HUSH_PROGRESS_AFTER_MS", "0")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("script runs");
    assert!(o.status.success());
    let redacted = std::fs::read_to_string(&out).unwrap();
    assert!(redacted.starts_with("Cust card [CARD] exp [EXPIRY]"));
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[cfg(unix)]
#[test]
fn a_progress_line_on_a_terminal_with_counts_only() {
    // The delay switch exists in debug builds only.
    if !cfg!(debug_assertions) {
        return;
    }
    let mb = (progress_notes().len() as u64).div_ceil(1 << 20);
    // Read whole and scanned in steps: the line at the end says 100%.
    let whole = on_a_terminal("progress-tty", &[]);
    assert!(
        whole.contains(&format!("\r\x1b[2Khush: {mb} of {mb} MB (100%), ")),
        "{whole:?}"
    );
    // Streamed: the line moves with the bytes read.
    let streamed = on_a_terminal(
        "progress-tty-stream",
        &[("HUSH_TEST_STREAM_FROM", "100000")],
    );
    assert!(
        streamed.contains(&format!("\r\x1b[2Khush: 1 of {mb} MB (")),
        "{streamed:?}"
    );
    // The line is cleared at the end, and never names the file or shows
    // its text.
    for terminal in [whole, streamed] {
        assert!(terminal.ends_with("\r\x1b[2K"), "{terminal:?}");
        assert!(!terminal.contains("secret-name"));
        assert!(!terminal.contains("4111"));
    }
}

/// A text of `len` bytes or more: notes and a transcript with cards, SSNs,
/// codes and dates, over many blank-line-separated blocks.
fn long_notes(len: usize) -> String {
    let blocks = [
        "Agent: can I get the card number\nCustomer: four one one one, one one one one\nAgent: uh huh\nCustomer: one one one one, one one one one\n",
        "Note: cust paid with 5555-5555-5555-4444 exp 10/28 cvv 737, order 1182-4411-9921\n",
        "| Name | SSN |\n|---|---|\n| Ann | 123-13-7435 |\n",
        "Called back on 646 917 4356 re ticket 48213. ZIP 94107-1234. Paid $46.26.\n",
    ];
    let mut text = String::new();
    let mut k = 0;
    while text.len() < len {
        text.push_str(blocks[k % blocks.len()]);
        text.push_str(if k % 3 == 0 { "\n" } else { "\n\n" });
        k += 1;
    }
    text
}

#[test]
fn a_big_input_is_streamed_with_the_same_output() {
    let dir = temp_dir("stream");
    let text = format!("\u{feff}{}", long_notes(1_300_000));
    let big = dir.join("big.txt");
    let empty = dir.join("empty.txt");
    std::fs::write(&big, &text).unwrap();
    std::fs::write(&empty, "").unwrap();
    // Two inputs take the ordinary path: the whole text at once.
    let whole = hush(&[path_str(&big), path_str(&empty)], b"");
    assert_eq!(whole.status.code(), Some(0));
    assert!(stdout(&whole).contains("[CARD]"));
    assert!(!stdout(&whole).contains("4444"));
    let env = [("HUSH_TEST_STREAM_FROM", "100000")];
    let from_file = hush_env(&[path_str(&big)], b"", &env);
    assert_eq!(from_file.status.code(), Some(0));
    assert!(stdout(&from_file) == stdout(&whole), "a streamed file differs");
    let from_stdin = hush_env(&[], text.as_bytes(), &env);
    assert_eq!(from_stdin.status.code(), Some(0));
    assert!(
        stdout(&from_stdin) == stdout(&whole),
        "streamed standard input differs"
    );
    // The pieces of one input read on 1 or 3 threads, streamed or read
    // whole: the same bytes.
    for jobs in ["1", "3"] {
        let streamed = hush_env(&["--jobs", jobs, path_str(&big)], b"", &env);
        assert_eq!(streamed.status.code(), Some(0));
        assert!(stdout(&streamed) == stdout(&whole), "--jobs {jobs} differs");
        let read_whole = hush(&["--jobs", jobs, path_str(&big)], b"");
        assert_eq!(read_whole.status.code(), Some(0));
        let mut together = stdout(&read_whole).to_owned();
        together.push_str(stdout(&hush(&[path_str(&empty)], b"")));
        assert!(together == stdout(&whole), "--jobs {jobs} differs");
    }
}

#[test]
fn a_streamed_file_that_is_not_utf8_writes_nothing() {
    let dir = temp_dir("stream-utf8");
    let mut bytes = long_notes(300_000).into_bytes();
    bytes.extend_from_slice(b"card 4111 1111 1111 1111 \xff\n");
    let path = dir.join("bad.txt");
    std::fs::write(&path, &bytes).unwrap();
    let o = hush_env(
        &[path_str(&path)],
        b"",
        &[("HUSH_TEST_STREAM_FROM", "100000")],
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    assert!(stderr(&o).contains("not UTF-8"));
    assert!(!stderr(&o).contains("4111"));
}
