//! Fuzz target: the layout parser (speaker turns, WebVTT, SRT, Zoom, chat
//! exports, tables), through `scan`, on layout-shaped texts: each control
//! byte of the input stands for a speaker label, a cue or a header (see
//! `hush_fuzz::layout_text`). Checks the findings and the redaction in
//! every style.

use hush::{Policy, Style};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let text = hush_fuzz::layout_text(data);
        let policy = Policy::default();
        let findings = hush_fuzz::check_scan(&text, &policy);
        for style in Style::ALL {
            hush_fuzz::check_redact(&text, &findings, style);
        }
    });
}
