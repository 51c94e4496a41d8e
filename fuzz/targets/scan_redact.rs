//! Fuzz target: `scan` and `redact` on any text, in every style and with
//! any kinds turned off (the first byte; see `hush_fuzz::policy_from`).
//! Checks that nothing panics, that the findings are well formed and that
//! redaction replaces every part of every finding.

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let (policy, text) = hush_fuzz::split(data);
        let findings = hush_fuzz::check_scan(&text, &policy);
        hush_fuzz::check_redact(&text, &findings, policy.style);
    });
}
