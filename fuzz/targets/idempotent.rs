//! Fuzz target: redacting twice equals redacting once, in the style and
//! with the kinds of the first byte. A failure is a first pass that left a
//! secret for the second pass to find.

fn main() {
    afl::fuzz!(|data: &[u8]| {
        let (policy, text) = hush_fuzz::split(data);
        hush_fuzz::check_idempotent(&text, &policy);
    });
}
