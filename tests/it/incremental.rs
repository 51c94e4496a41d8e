//! Incremental scans (`hush::Rescan`, `Scanner::resume`): after any edit,
//! the scan that reuses the pieces of the last text finds exactly what
//! `scan` finds in the new text, and an edit in the middle of a long text
//! reads a few pieces again, not the text.

use hush::{Policy, Rescan, Scanner, Style, scan};
use proptest::prelude::*;

const PUBLIC: &str = include_str!("../data/corpus/public.jsonl");

/// The texts of the public corpus's documents: transcripts, chats and
/// notes with cards, SSNs, CVVs and expiry dates, and ones with none.
fn documents() -> Vec<String> {
    PUBLIC
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value =
                serde_json::from_str(l).expect("corpus line");
            v["text"].as_str().expect("text").to_owned()
        })
        .collect()
}

/// Short parts an edit puts in: numbers that are secrets or not, alone or
/// in a turn, blank lines and line breaks, a table row.
const PARTS: &[&str] = &[
    "4111 1111 1111 1111",
    "Customer: my card is 4000 0000 0000 0002, exp 04/27, CVV 737\n",
    "Agent: and your social?\nCustomer: 123-13-7435\n",
    "\n\n",
    "\n",
    " ",
    "Agent: Can I get the card number?\n",
    "Customer: four one one one, one one one one\n",
    "order #00000 shipped 2024-05-01\n",
    "SSN",
    "5555",
    "Jenna Park,4111111111111111,09/28\n",
    "exp",
    "x",
];

/// A small deterministic generator (xorshift), so failures replay.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A text of at least `len` bytes: the corpus's documents in a random
/// order with random separators and, for some seeds, a table header
/// first (read before every piece of a table).
fn text(docs: &[String], seed: u64, len: usize) -> String {
    let mut rng = Rng(seed | 1);
    let mut text = String::new();
    if rng.below(4) == 0 {
        text.push_str("name,card,expiry\n");
        for _ in 0..rng.below(40) {
            text.push_str("Jenna Park,4111111111111111,09/28\n");
        }
    }
    while text.len() < len {
        text.push_str(&docs[rng.below(docs.len())]);
        text.push_str(["\n\n", "\n", "\n\n\n", " ", ""][rng.below(5)]);
    }
    text
}

/// The nearest `char` boundary at or after `at` in `text`.
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// One edit of `text`: `kind` says which, `at` (scaled to the text) where,
/// `len` how much, `part` what is put in. Some edits land on the cuts
/// between the last scan's pieces, `cuts`: a card written across a cut, a
/// cut's line break removed, the bytes around a cut deleted.
fn edit(text: &mut String, cuts: &[usize], e: (u8, u32, u16, u8)) {
    let (kind, at, len, part) = e;
    let part = PARTS[usize::from(part) % PARTS.len()];
    let at = boundary(text, at as usize % (text.len() + 1));
    let end = boundary(text, at + usize::from(len) % 300);
    let cut = match cuts {
        [] => at,
        _ => cuts[at % cuts.len()],
    };
    match kind % 8 {
        // A keystroke, a paste, a deletion, a replacement.
        0 => text.insert(at, 'a'),
        1 => text.insert_str(at, part),
        2 => text.replace_range(at..end, ""),
        3 => text.replace_range(at..end, part),
        // A card across a cut, or split by one.
        4 => {
            let at = boundary(text, cut.saturating_sub(usize::from(len) % 20));
            text.insert_str(at, "4111 1111 1111 1111");
        }
        5 => text.insert_str(boundary(text, cut), "4111 1111 1111 1111"),
        // The bytes around a cut deleted (joining two lines), or a blank
        // line put at a cut.
        6 => {
            let a = boundary(text, cut.saturating_sub(usize::from(len) % 40));
            let b = boundary(text, cut + usize::from(len) % 7);
            text.replace_range(a..b, "");
        }
        _ => text.insert_str(boundary(text, cut), "\n\n"),
    }
}

/// The ends of the pieces of the last scan, but the last.
fn cuts(rescan: &Rescan) -> Vec<usize> {
    let p = rescan.pieces();
    p.iter().take(p.len().saturating_sub(1)).map(|s| s.end).collect()
}

proptest! {
    // 24 cases in CI; PROPTEST_CASES=N for more.
    #![proptest_config(ProptestConfig {
        cases: match std::env::var_os("PROPTEST_CASES") {
            Some(_) => ProptestConfig::default().cases,
            None => 24,
        },
        ..ProptestConfig::default()
    })]

    /// Random texts of 40 to 90 KB in pieces of 4 KB (read with the real
    /// margins), under random styles, and a run of random edits: each
    /// scan reusing the last one finds what `scan` finds.
    #[test]
    fn an_incremental_scan_is_a_scan(
        seed in any::<u64>(),
        len in 40_000usize..90_000,
        style in 0usize..4,
        edits in prop::collection::vec(
            (any::<u8>(), any::<u32>(), any::<u16>(), any::<u8>()),
            1..5,
        ),
    ) {
        let docs = documents();
        let mut text = text(&docs, seed, len);
        let style = [Style::Label, Style::Numbered, Style::Mask, Style::Last4][style];
        let policy = Policy { style, ..Policy::default() };
        let mut rescan = Rescan::with_piece(4096);
        prop_assert_eq!(rescan.scan(&text, &policy), scan(&text, &policy));
        // A JSON document is read whole, by `scan` too.
        let json = text.trim_start().starts_with(['{', '[']);
        prop_assert!(json || rescan.pieces().len() > 3);
        for e in edits {
            let cuts = cuts(&rescan);
            edit(&mut text, &cuts, e);
            let found = rescan.scan(&text, &policy);
            prop_assert!(found == scan(&text, &policy), "after edit {:?}", e);
        }
    }
}

#[test]
fn a_different_policy_or_text_reads_everything_again() {
    let docs = documents();
    let text = text(&docs, 3, 60_000);
    let policy = Policy::default();
    let mut rescan = Rescan::with_piece(4096);
    rescan.scan(&text, &policy);
    assert_eq!(rescan.rescanned(), rescan_all(&text));
    // The same text again: nothing read.
    assert_eq!(rescan.scan(&text, &policy), scan(&text, &policy));
    assert_eq!(rescan.rescanned(), 0);
    // Another policy: all of it.
    let masked = Policy { style: Style::Mask, ..Policy::default() };
    assert_eq!(rescan.scan(&text, &masked), scan(&text, &masked));
    assert_eq!(rescan.rescanned(), rescan_all(&text));
    // Another text: all of it.
    let other = self::text(&docs, 4, 60_000);
    assert_eq!(rescan.scan(&other, &masked), scan(&other, &masked));
    assert_eq!(rescan.rescanned(), rescan_all(&other));
    // Forgotten: all of it.
    rescan.clear();
    assert_eq!(rescan.scan(&other, &masked), scan(&other, &masked));
    assert_eq!(rescan.rescanned(), rescan_all(&other));
}

/// The bytes a first incremental scan of `text` in 4 KB pieces reads.
fn rescan_all(text: &str) -> usize {
    let mut fresh = Rescan::with_piece(4096);
    fresh.scan(text, &Policy::default());
    fresh.rescanned()
}

/// At the real size: a 1.5 MB text in pieces of `SMALL_PIECE`. A
/// keystroke in the middle reads a few pieces again (an operation count,
/// not a timing), and the pieces after the edit are cut where they were.
#[test]
fn a_keystroke_in_a_long_text_reads_a_few_pieces() {
    let docs = documents();
    let text = text(&docs, 9, 1_500_000);
    let policy = Policy::default();
    let mut rescan = Rescan::new();
    assert_eq!(rescan.scan(&text, &policy), scan(&text, &policy));
    let first = rescan.rescanned();
    assert!(first >= text.len());
    let before = rescan.pieces();
    let n = before.len();
    assert!(n >= 12, "{n} pieces");
    for (i, at) in [text.len() / 2, text.len() / 3].into_iter().enumerate() {
        let at = boundary(&text, at);
        let mut edited = text.clone();
        if i == 0 {
            edited.insert(at, '7');
        } else {
            edited.insert_str(at, "Customer: it's 4111 1111 1111 1111\n");
        }
        let delta = edited.len() - text.len();
        assert_eq!(rescan.scan(&edited, &policy), scan(&edited, &policy));
        let read = rescan.rescanned();
        // The piece with the edit and those whose margins reach it.
        let bound = 3 * (hush::SMALL_PIECE * 2 + hush::BACK + hush::AHEAD);
        assert!(read <= bound, "read {read} bytes of {}", edited.len());
        assert!(read * 4 < edited.len(), "read {read} bytes");
        // Cut where they were: before the edit the same pieces, after it
        // the same shifted, but one or two.
        let after = rescan.pieces();
        let same = after
            .iter()
            .filter(|p| {
                before.contains(p)
                    || (p.start > at
                        && before.iter().any(|b| {
                            b.start + delta == p.start
                                && b.end + delta == p.end
                        }))
            })
            .count();
        assert!(same + 2 >= n, "{same} of {n} pieces cut as before");
        // Back to the text before: reuses the pieces as they were.
        assert_eq!(rescan.scan(&text, &policy), scan(&text, &policy));
    }
}

/// A scan in steps that resumes the last one ends as `scan` ends, and
/// steps over known pieces without counting them against the budget.
#[test]
fn a_resumed_scan_in_steps_finds_what_scan_finds() {
    let docs = documents();
    let text = text(&docs, 21, 80_000);
    let policy = Policy::default();
    let mut rescan = Rescan::with_piece(4096);
    rescan.scan(&text, &policy);
    let all = rescan.rescanned();
    let mut edited = text.clone();
    edited.insert_str(boundary(&edited, 40_000), "SSN 123-13-7435\n");
    let mut scanner = Scanner::resume(edited.clone(), &policy, &rescan);
    let mut steps = 0;
    while !scanner.step(1) {
        steps += 1;
    }
    assert!(steps >= 1);
    let (found, next) = scanner.finish_keep();
    assert_eq!(found, scan(&edited, &policy));
    assert_eq!(next.text(), edited);
    assert!(next.rescanned() < all / 2, "{} of {all}", next.rescanned());
}
