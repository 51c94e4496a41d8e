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
    child.stdin.take().expect("stdin").write_all(stdin).expect("write");
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
