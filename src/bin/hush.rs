//! The `hush` command-line tool.
fn main() {}
