//! Long texts read in pieces (`hush::pieces`): the pieces cover the text,
//! a stream writes exactly what redacting the whole text gives, a scan in
//! steps finds what `scan` finds, the memory a stream keeps is bounded,
//! and a document inside a long text is judged as it is alone.

use hush::{
    Finding, Policy, Pool, Scanner, Stream, Style, pieces, redact, scan,
};

const PUBLIC: &str = include_str!("../data/corpus/public.jsonl");

/// The texts of the public corpus's documents.
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
        (self.next() % n as u64) as usize
    }
}

/// A long text of the corpus's documents in a random order, with random
/// separators (a blank line, a line break, a space, nothing), and where
/// each document starts.
fn long_text(seed: u64, len: usize) -> (String, Vec<(usize, usize)>) {
    let docs = documents();
    let mut rng = Rng(seed | 1);
    let mut text = String::new();
    let mut starts = Vec::new();
    while text.len() < len {
        let d = rng.below(docs.len());
        starts.push((text.len(), d));
        text.push_str(&docs[d]);
        text.push_str(["\n\n", "\n", "\n\n\n", " "][rng.below(4)]);
    }
    (text, starts)
}

/// Redacts `text` through a stream fed in chunks of random sizes.
fn streamed(
    text: &str,
    policy: &Policy,
    seed: u64,
    max_chunk: usize,
) -> (String, usize) {
    let mut rng = Rng(seed | 1);
    let mut stream = Stream::new(policy);
    let mut out = String::new();
    let mut at = 0;
    let mut kept = 0;
    while at < text.len() {
        let mut end = (at + 1 + rng.below(max_chunk)).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        stream.push(&text[at..end], &mut out);
        kept = kept.max(stream.kept());
        at = end;
    }
    stream.finish(&mut out);
    (out, kept)
}

#[test]
fn pieces_cover_the_text_on_char_boundaries() {
    let (text, _) = long_text(7, 1_600_000);
    let p = pieces(&text);
    assert!(p.len() >= 3, "{} pieces", p.len());
    assert_eq!(p[0].start, 0);
    assert_eq!(p.last().unwrap().end, text.len());
    for w in p.windows(2) {
        assert_eq!(w[0].end, w[1].start);
    }
    for s in &p {
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
        );
        // The last two may be shorter: the end of the text in two halves.
        assert!(s.len() >= hush::PIECE / 4 || s.end == text.len());
    }
    // A text of 1 MB or so: four pieces, so that two threads share it
    // evenly (not 256, 256 and 512 KB).
    let (text, _) = long_text(3, 1_040_000);
    let p = pieces(&text);
    assert_eq!(p.len(), 4, "{p:?}");
    let (short, long) = p
        .iter()
        .fold((usize::MAX, 0), |(a, b), s| (a.min(s.len()), b.max(s.len())));
    assert!(long < short * 3 / 2, "{p:?}");
    // A short text, and a JSON document, are one piece.
    assert_eq!(pieces("SSN 123-13-7435").len(), 1);
    let json = format!(
        "[{}]",
        "{\"text\": \"hi 4111 1111 1111 1111\"},".repeat(40_000)
    );
    assert_eq!(pieces(&json).len(), 1);
}

#[test]
fn a_stream_writes_what_the_whole_text_gives() {
    for (seed, style) in [
        (1, Style::Label),
        (2, Style::Numbered),
        (3, Style::Mask),
        (4, Style::Last4),
    ] {
        let (text, _) = long_text(seed, 1_300_000);
        let policy = Policy { style, ..Policy::default() };
        let whole = redact(&text, &scan(&text, &policy), style);
        for max_chunk in [4096, 200_000, 2_000_000] {
            let (out, kept) = streamed(
                &text,
                &policy,
                seed * 31 + max_chunk as u64,
                max_chunk,
            );
            assert!(
                out == whole,
                "seed {seed}, {style:?}, chunks up to {max_chunk}: stream differs"
            );
            let bound =
                2 * hush::PIECE + hush::BACK + hush::AHEAD + 8 + max_chunk;
            assert!(kept <= bound, "kept {kept} bytes, bound {bound}");
        }
    }
}

#[test]
fn a_scan_in_steps_finds_what_scan_finds() {
    let (text, _) = long_text(11, 1_200_000);
    let policy = Policy::default();
    let mut scanner = Scanner::new(text.clone(), &policy);
    let mut steps = 0;
    while !scanner.step(1) {
        steps += 1;
        assert!(scanner.done() < scanner.len());
    }
    assert!(steps >= 2);
    assert_eq!(scanner.finish().1, scan(&text, &policy));
}

/// A pool `width` wide that reads its batch last piece first and gives the
/// findings back in order (as threads finishing in any order do), or, when
/// `lossy`, gives nothing back at all.
struct TestPool {
    width: usize,
    lossy: bool,
}

impl Pool for TestPool {
    fn width(&self) -> usize {
        self.width
    }

    fn map(
        &self,
        n: usize,
        read: &(dyn Fn(usize) -> Vec<Finding> + Sync),
    ) -> Vec<Vec<Finding>> {
        if self.lossy {
            return Vec::new();
        }
        let mut found: Vec<Vec<Finding>> = (0..n).rev().map(read).collect();
        found.reverse();
        found
    }
}

#[test]
fn any_pool_gives_the_findings_of_a_scan_in_turn() {
    let (text, _) = long_text(12, 1_300_000);
    let policy = Policy::default();
    let want = scan(&text, &policy);
    let whole = redact(&text, &want, policy.style);
    for (width, lossy) in [(1, false), (3, false), (8, false), (2, true)] {
        let pool = TestPool { width, lossy };
        for budget in [1, usize::MAX] {
            let mut scanner = Scanner::new(text.clone(), &policy);
            while !scanner.step_in(budget, &pool) {}
            assert!(
                scanner.finish().1 == want,
                "width {width}, lossy {lossy}, budget {budget}: scan differs"
            );
        }
        for chunk in [300_000] {
            let mut stream = Stream::new(&policy);
            let mut out = String::new();
            let mut at = 0;
            while at < text.len() {
                let mut end = (at + chunk).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                stream.push_in(&text[at..end], &mut out, &pool);
                at = end;
            }
            stream.finish_in(&mut out, &pool);
            assert!(
                out == whole,
                "width {width}, lossy {lossy}, chunks of {chunk}: stream differs"
            );
        }
    }
}

#[test]
fn a_document_in_a_long_text_is_judged_as_alone() {
    let (text, starts) = long_text(5, 1_400_000);
    let policy = Policy::default();
    let found = scan(&text, &policy);
    let docs = documents();
    let mut differ = Vec::new();
    let mut seen = 0;
    for (k, &(at, d)) in starts.iter().enumerate() {
        let doc = &docs[d];
        // Documents glued to the next by a space or a single line break
        // may rightly read differently; judge those apart by blank lines.
        let alone_before = k == 0 || text[..at].ends_with("\n\n");
        let alone_after = text[at + doc.len()..].starts_with("\n\n");
        if !(alone_before && alone_after) {
            continue;
        }
        seen += 1;
        let mine: Vec<(usize, usize)> = found
            .iter()
            .filter(|f| f.span().start >= at && f.span().end <= at + doc.len())
            .map(|f| (f.span().start - at, f.span().end - at))
            .collect();
        let alone: Vec<(usize, usize)> = scan(doc, &policy)
            .iter()
            .map(|f| (f.span().start, f.span().end))
            .collect();
        if mine != alone {
            differ.push(format!("document {d} at byte {at}: in the long text {mine:?}, alone {alone:?}"));
        }
    }
    assert!(seen > 200, "{seen} documents");
    assert!(
        differ.is_empty(),
        "of {seen} documents, these read differently in a long text:\n{}",
        differ.join("\n")
    );
}

#[test]
fn a_transcript_that_starts_with_a_bracket_is_read_in_pieces() {
    // A cue time or a bracketed speaker at the start is no JSON: the text
    // is cut into pieces (bounded memory, progress), not held whole.
    let turn = "[00:00:01] Agent: card number?\n[00:00:02] Customer: 4111 1111 1111 1111\n\n";
    for text in [turn.repeat(20_000), "[Agent] hi\n\n".repeat(100_000)] {
        assert!(pieces(&text).len() > 1, "{}", &text[..12]);
        let policy = Policy::default();
        let mut out = String::new();
        let mut stream = Stream::new(&policy);
        stream.push(&text, &mut out);
        stream.finish(&mut out);
        assert_eq!(out, redact(&text, &scan(&text, &policy), Style::Label));
    }
    // A JSON array is still one piece, read whole.
    let json = format!("[{}]", vec!["{\"text\": \"hi\"}"; 60_000].join(","));
    assert_eq!(pieces(&json).len(), 1);
}

#[test]
fn every_chat_of_a_day_is_read_however_many_customers_came_before() {
    // A day's export: hundreds of chats, each with its own customer. Each
    // chat's findings in the long text are those of the chat alone, even
    // after hundreds of other speakers' names (a list of the first 64
    // labels once left later customers' lines untrusted: their expiry
    // went unread).
    let first = ["Farah", "Vera", "Goran", "Lena", "Zoë", "Mei", "Olu", "Sam"];
    let last = [
        "O'Neil", "Ivanova", "Okafor", "Haddad", "García", "Lopez", "Chen",
        "Singh", "Novak", "Reyes", "Kowalski", "Mensah", "Tanaka", "Silva",
        "Dubois", "Müller", "Rossi", "Nakamura", "Eze", "Petrov",
    ];
    let policy = Policy::default();
    let chat = |k: usize| {
        let name = format!(
            "{} {}",
            first[k % first.len()],
            last[k / first.len() % last.len()]
        );
        format!(
            "Chat transcript - Harbor Bank Support (conversation {k:04})\n\
             Dev: Hi, this is Dev, what can I do for you?\n\
             {name}: i want to pay my balance with a different card.\n\
             Dev: What's the new card number?\n\
             {name}: Okay, it's 4531 7761 2222 9516.\n\
             Dev: What's the expiry on that?\n\
             {name}: {:02}/2028\n\
             Dev: Last thing, the security code?\n\
             {name}: It's {}.\n\
             Dev: All set. Anything else?\n\
             {name}: no, that's all. Thanks so much!\n\n",
            k % 12 + 1,
            100 + k % 900,
        )
    };
    let alone: Vec<Vec<(usize, usize)>> = (0..160)
        .map(|k| {
            let c = chat(k);
            scan(&c, &policy)
                .iter()
                .map(|f| (f.span().start, f.span().end))
                .collect()
        })
        .collect();
    assert!(alone.iter().all(|f| f.len() == 3), "{:?}", alone[0]);
    // One piece (about 90 KB) and many pieces (about 1.4 MB).
    for repeat in [1, 16] {
        let mut text = String::new();
        let mut starts = Vec::new();
        for k in (0..160).cycle().take(160 * repeat) {
            starts.push((text.len(), k));
            text.push_str(&chat(k));
        }
        let found = scan(&text, &policy);
        for &(at, k) in &starts {
            let end = at + chat(k).len();
            let mine: Vec<(usize, usize)> = found
                .iter()
                .filter(|f| f.span().start >= at && f.span().end <= end)
                .map(|f| (f.span().start - at, f.span().end - at))
                .collect();
            assert_eq!(
                mine,
                alone[k],
                "chat {k} at byte {at} of {}",
                text.len()
            );
        }
    }
}

/// A transcript's turns, at random: questions for the card and the expiry
/// date, a card read aloud four digits at a time (found by the pass that
/// joins turns, after the cards typed in one go), a card typed whole, a
/// date said as words, small talk.
fn random_call(rng: &mut Rng, turns: usize) -> String {
    const WORDS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine",
    ];
    const CARDS: [&str; 5] = [
        "4111 1111 1111 1111",
        "5555-5555-5555-4444",
        "378282246310005",
        "6011 1111 1111 1117",
        "3530111333300000",
    ];
    let mut out = String::new();
    for i in 0..turns {
        let who = if i % 2 == 0 { "Agent" } else { "Customer" };
        let said = |rng: &mut Rng| {
            (0..4).map(|_| WORDS[rng.below(10)]).collect::<Vec<_>>().join(" ")
        };
        let body = match rng.below(6) {
            0 => "what's the card number?".to_string(),
            1 => format!("{}, {}", said(rng), said(rng)),
            2 => format!("it's {}", CARDS[rng.below(CARDS.len())]),
            3 => "and the expiration date?".to_string(),
            4 => format!(
                "oh {} twenty {}",
                WORDS[rng.below(10)],
                WORDS[rng.below(10)]
            ),
            _ => "okay thank you one moment".to_string(),
        };
        out.push_str(&format!("{who}: {body}\n"));
    }
    out
}

#[test]
fn what_a_call_says_does_not_hang_on_the_text_after_it() {
    // Cards are found by more than one pass, and a later pass (cards read
    // over several turns) finds cards before those an earlier pass found
    // further on. The cards were kept in the order found and searched as
    // if in text order: the brand that decides a code's length, and the
    // card an expiry date follows, then depended on cards far away, and a
    // text read in pieces found other codes than the whole text.
    let policy = Policy::default();
    let mut differ = Vec::new();
    for seed in 1..=200u64 {
        let mut rng = Rng((seed * 0x9E37_79B9) | 1);
        // The call ends as calls do, so that no number runs on into the
        // next one.
        let call = random_call(&mut rng, 40)
            + "Agent: is there anything else i can help you with?\n\
               Customer: no that's all, thanks\n\n";
        let after = random_call(&mut rng, 400);
        let spans = |found: &[Finding]| -> Vec<(usize, usize)> {
            found
                .iter()
                .filter(|f| f.span().end <= call.len())
                .map(|f| (f.span().start, f.span().end))
                .collect()
        };
        let alone = spans(&scan(&call, &policy));
        let text = format!("{call}{after}");
        let within = spans(&scan(&text, &policy));
        if alone != within {
            differ.push(format!(
                "seed {seed}: alone {alone:?}, followed {within:?}"
            ));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}
