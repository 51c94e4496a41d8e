//! Prints each finding of the text on standard input with its reason: a
//! tool for looking at why something was or was not found.
//!
//! `cargo run --example explain < note.txt`

use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("UTF-8 on stdin");
    let findings = hush::scan(&text, &hush::Policy::default());
    for f in &findings {
        let parts: Vec<&str> =
            f.parts().iter().map(|p| &text[p.range()]).collect();
        #[allow(clippy::print_stdout)]
        {
            println!("{:<7} {:?}  -- {}", f.kind().name(), parts, f.reason());
        }
    }
}
