//! Adversarial input families: deterministic, seeded generators of texts
//! that stress one stage of the detector each, at any size.
//!
//! Every family is a function from a seeded random source and a size in
//! bytes to a text of that size (cut at a line end where the family has
//! lines, at a `char` boundary otherwise). The same name, size and seed
//! always give the same bytes, on every machine: the random source is a
//! SplitMix64 written here, not a crate whose stream could change.
//!
//! Used by `examples/complexity` (the growth table and the CI check of
//! `scripts/complexity.sh`), and by the fuzzing seeds (`scripts/fuzz.sh`).

use std::fmt::Write as _;

/// A small deterministic random source (SplitMix64).
pub struct Rng(u64);

impl Rng {
    /// A source seeded with `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x6a09_e667_f3bc_c908)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One element of `items`.
    pub fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }

    /// One ASCII digit.
    pub fn digit(&mut self) -> char {
        (b'0' + self.below(10) as u8) as char
    }

    /// `n` ASCII digits.
    pub fn digits(&mut self, n: usize) -> String {
        (0..n).map(|_| self.digit()).collect()
    }

    /// Between `lo` and `hi` ASCII digits.
    pub fn digits_in(&mut self, lo: usize, hi: usize) -> String {
        let n = self.range(lo, hi);
        self.digits(n)
    }
}

/// Brand prefixes and lengths for generated card numbers.
const BRANDS: &[(&str, usize)] = &[
    ("4", 16),
    ("4", 16),
    ("4", 13),
    ("51", 16),
    ("55", 16),
    ("2221", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3528", 16),
    ("36", 14),
    ("62", 19),
];

/// A Luhn-valid card number of a random brand, as bare digits.
pub fn card(rng: &mut Rng) -> String {
    let (prefix, len) = BRANDS[rng.below(BRANDS.len())];
    let mut s = prefix.to_string();
    s.push_str(&rng.digits(len - 1 - prefix.len()));
    let check = hush::validate::luhn::check_digit(&s).unwrap_or(b'0');
    s.push(check as char);
    s
}

/// An SSN valid by SSA rules, as nine bare digits.
pub fn ssn(rng: &mut Rng) -> String {
    loop {
        let s = format!(
            "{:03}{:02}{:04}",
            rng.range(1, 899),
            rng.range(1, 99),
            rng.range(1, 9999)
        );
        if hush::validate::ssn::is_valid(&s) {
            return s;
        }
    }
}

/// `digits` in groups of four (Amex 4-6-5) with `sep` between them.
pub fn grouped(digits: &str, sep: &str) -> String {
    let sizes: &[usize] = if digits.len() == 15 { &[4, 6, 5] } else { &[4] };
    let mut out = String::new();
    let mut at = 0;
    let mut k = 0;
    while at < digits.len() {
        if at > 0 {
            out.push_str(sep);
        }
        let size = sizes[k.min(sizes.len() - 1)];
        let end = (at + size).min(digits.len());
        out.push_str(&digits[at..end]);
        at = end;
        k += 1;
    }
    out
}

/// A card number written the way people write it.
pub fn written_card(rng: &mut Rng) -> String {
    let c = card(rng);
    match rng.below(5) {
        0 => c,
        1 => grouped(&c, "-"),
        2 => grouped(&c, "."),
        _ => grouped(&c, " "),
    }
}

/// A written SSN, 3-2-4.
pub fn written_ssn(rng: &mut Rng) -> String {
    let s = ssn(rng);
    let sep = rng.pick(&["-", " ", "-", ""]);
    format!("{}{sep}{}{sep}{}", &s[..3], &s[3..5], &s[5..])
}

const WORDS: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine",
];

/// `digits` spoken one word per digit, with "oh" for some zeros and a comma
/// pause after every fourth.
pub fn spoken(rng: &mut Rng, digits: &str) -> String {
    let mut out = String::new();
    for (i, c) in digits.bytes().enumerate() {
        if i > 0 {
            out.push_str(if i % 4 == 0 { ", " } else { " " });
        }
        let d = (c - b'0') as usize;
        out.push_str(if d == 0 && rng.chance(50) { "oh" } else { WORDS[d] });
    }
    out
}

/// A US phone number in one of its usual forms.
pub fn phone(rng: &mut Rng) -> String {
    let (a, b, c) = (rng.range(201, 989), rng.range(200, 999), rng.digits(4));
    match rng.below(4) {
        0 => format!("({a}) {b}-{c}"),
        1 => format!("{a}-{b}-{c}"),
        2 => format!("+1 {a} {b} {c}"),
        _ => format!("{a}.{b}.{c}"),
    }
}

/// A month/year expiry date.
pub fn expiry(rng: &mut Rng) -> String {
    let (m, y) = (rng.range(1, 12), rng.range(25, 35));
    match rng.below(3) {
        0 => format!("{m:02}/{y}"),
        1 => format!("{m:02}/20{y}"),
        _ => format!("{m:02}{y}"),
    }
}

/// An amount of money.
pub fn amount(rng: &mut Rng) -> String {
    let n = rng.range(1, 250_000);
    if n > 1000 && rng.chance(50) {
        format!("${},{:03}.{:02}", n / 1000, n % 1000, rng.below(100))
    } else {
        format!("${n}.{:02}", rng.below(100))
    }
}

const FIRST: &[&str] = &[
    "Ana", "Ben", "Chidi", "Dana", "Elif", "Farah", "Goran", "Hana", "Ivan",
    "Jun", "Kofi", "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa",
    "Sven", "Tariq", "Uma", "Vera", "Wei", "Ximena", "Yusuf", "Zoë", "José",
];
const LAST: &[&str] = &[
    "Lopez", "Okafor", "Nguyen", "Smith", "Müller", "Haddad", "Kowalski",
    "Tanaka", "Brown", "Ivanova", "O'Neil", "García", "Chen", "Singh",
];

/// A person's name.
pub fn name(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST), rng.pick(LAST))
}

/// A made-up name unique for `i`: syllables spelling `i` in base 16, so
/// that no two speakers share a label.
pub fn unique_name(i: usize) -> String {
    const SYL: [&str; 16] = [
        "ka", "lo", "mi", "nu", "pe", "ra", "so", "ti", "va", "ze", "bo",
        "du", "fi", "ge", "hu", "ji",
    ];
    let mut first = String::new();
    let mut n = i;
    loop {
        first.push_str(SYL[n % 16]);
        n /= 16;
        if n == 0 {
            break;
        }
    }
    let mut chars = first.chars();
    let cap: String = chars
        .next()
        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect());
    format!("{cap} {}", LAST[i % LAST.len()])
}

/// A sentence of a contact-centre note, with or without a number.
fn note_sentence(rng: &mut Rng) -> String {
    match rng.below(16) {
        0 => format!("Cust paid with card {}.", written_card(rng)),
        1 => format!("card {} exp {}", written_card(rng), expiry(rng)),
        2 => format!("SSN {} verified.", written_ssn(rng)),
        3 => format!("CVV {} given.", rng.digits(3)),
        4 => format!("Call back at {}.", phone(rng)),
        5 => format!("Order #{} shipped.", rng.digits_in(6, 10)),
        6 => format!("Refund of {} issued.", amount(rng)),
        7 => format!("Case {} escalated to tier 2.", rng.digits(8)),
        8 => format!("Spoke with {} about the late fee.", name(rng)),
        9 => "Customer upset about the charge, explained the policy."
            .to_string(),
        10 => format!("Tracking {} (UPS).", rng.digits(18)),
        11 => format!("Last four of card {}.", rng.digits(4)),
        12 => format!("Member ID {} updated.", rng.digits(9)),
        13 => format!(
            "Appointment on {}/{}/2024 at {}:{:02}.",
            rng.range(1, 12),
            rng.range(1, 28),
            rng.range(1, 12),
            rng.below(60)
        ),
        14 => format!("ZIP {}-{}.", rng.digits(5), rng.digits(4)),
        _ => "No further action needed.".to_string(),
    }
}

/// Appends lines from `line` until `out` holds at least `size` bytes.
fn lines(
    rng: &mut Rng,
    size: usize,
    mut out: String,
    mut line: impl FnMut(&mut Rng, usize) -> String,
) -> String {
    let mut i = 0;
    while out.len() < size {
        out.push_str(&line(rng, i));
        i += 1;
    }
    out
}

/// Repeats pieces from `piece` until `out` holds at least `size` bytes.
fn pieces(
    rng: &mut Rng,
    size: usize,
    piece: impl FnMut(&mut Rng, usize) -> String,
) -> String {
    lines(rng, size, String::new(), piece)
}

/// The texts of the public labelled corpus.
fn corpus_texts() -> Vec<String> {
    const CORPUS: &str = include_str!("../../tests/data/corpus/public.jsonl");
    CORPUS
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            Some(v["text"].as_str()?.to_string())
        })
        .collect()
}

/// The corpus texts in a seeded order, separated by blank lines.
fn realistic(rng: &mut Rng, size: usize) -> String {
    let texts = corpus_texts();
    pieces(rng, size, |rng, _| {
        format!("{}\n\n", texts[rng.below(texts.len())])
    })
}

/// A generator: seeded random source and size to text.
pub type Gen = fn(&mut Rng, usize) -> String;

/// One family: its name, what it is, and its generator.
pub struct Family {
    /// The name used on the command line and in the table.
    pub name: &'static str,
    /// What the family is and which stage it stresses.
    pub about: &'static str,
    /// Builds a text of at least the given size.
    pub make: Gen,
    /// Run through `hush --check` (the CLI) rather than the core alone.
    pub cli_check: bool,
}

/// Shorthand for a core family.
const fn fam(name: &'static str, about: &'static str, make: Gen) -> Family {
    Family { name, about, make, cli_check: false }
}

/// Every family, in the order of the table.
pub const FAMILIES: &[Family] = &[
    fam(
        "realistic",
        "the public corpus's notes and transcripts, back to back",
        realistic,
    ),
    Family {
        name: "check",
        about: "realistic text through `hush --check` (the CLI)",
        make: realistic,
        cli_check: true,
    },
    fam(
        "crm-export",
        "a CRM notes export: CSV, one note per row",
        |rng, size| {
            let head =
                "\"Ticket\",\"Created\",\"Agent\",\"Note\"\n".to_string();
            lines(rng, size, head, |rng, i| {
                let mut note = String::new();
                for _ in 0..rng.range(1, 4) {
                    note.push_str(&note_sentence(rng));
                    note.push(' ');
                }
                format!(
                    "\"T-{}\",\"2024-{:02}-{:02} {:02}:{:02}\",\"{}\",\"{}\"\n",
                    100_000 + i,
                    rng.range(1, 12),
                    rng.range(1, 28),
                    rng.below(24),
                    rng.below(60),
                    name(rng),
                    note.trim_end()
                )
            })
        },
    ),
    fam("notes", "plain call notes, one paragraph per call", |rng, size| {
        pieces(rng, size, |rng, _| {
            let mut p = String::new();
            for _ in 0..rng.range(2, 6) {
                p.push_str(&note_sentence(rng));
                p.push(' ');
            }
            p.push_str("\n\n");
            p
        })
    }),
    fam(
        "csv-numeric",
        "a numeric CSV with ssn and card columns",
        |rng, size| {
            let head = "id,member,ssn,card,amount,phone,zip\n".to_string();
            lines(rng, size, head, |rng, i| {
                format!(
                    "{},{},{},{},{}.{:02},{},{}\n",
                    i + 1,
                    rng.digits(9),
                    ssn(rng),
                    card(rng),
                    rng.range(1, 9999),
                    rng.below(100),
                    rng.digits(10),
                    rng.digits(5)
                )
            })
        },
    ),
    fam("tsv-numeric", "the same as tab-separated values", |rng, size| {
        let head = "id\tmember\tssn\tcard\tamount\tphone\tzip\n".to_string();
        lines(rng, size, head, |rng, i| {
            format!(
                "{}\t{}\t{}\t{}\t{}.{:02}\t{}\t{}\n",
                i + 1,
                rng.digits(9),
                ssn(rng),
                card(rng),
                rng.range(1, 9999),
                rng.below(100),
                rng.digits(10),
                rng.digits(5)
            )
        })
    }),
    fam(
        "csv-plain",
        "a CSV of plain numbers, no sensitive column",
        |rng, size| {
            let head = "order,qty,price,sku,warehouse\n".to_string();
            lines(rng, size, head, |rng, _| {
                format!(
                    "{},{},{}.{:02},{},{}\n",
                    rng.digits(8),
                    rng.range(1, 99),
                    rng.range(1, 999),
                    rng.below(100),
                    rng.digits(12),
                    rng.digits(4)
                )
            })
        },
    ),
    fam("card-list", "valid card numbers, one per line", |rng, size| {
        pieces(rng, size, |rng, _| format!("{}\n", written_card(rng)))
    }),
    fam("digit-turns", "speaker turns of one digit each", |rng, size| {
        pieces(rng, size, |rng, i| {
            let who = if i % 2 == 0 { "Customer" } else { "Agent" };
            format!("{who}: {}\n", rng.digit())
        })
    }),
    fam(
        "word-turns",
        "speaker turns of one spoken digit each",
        |rng, size| {
            pieces(rng, size, |rng, i| {
                let who = if i % 2 == 0 { "Customer" } else { "Agent" };
                format!("{who}: {}\n", WORDS[rng.below(10)])
            })
        },
    ),
    fam("homophones", "\"one to one to one to ...\"", |_, size| {
        "one to ".repeat(size / 7 + 1)
    }),
    fam(
        "homophones-mixed",
        "for/to/won/ate among digit words",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                format!(
                    "{} ",
                    rng.pick(&[
                        "for", "to", "won", "ate", "one", "four", "two",
                        "eight", "too", "oh", "tree", "free"
                    ])
                )
            })
        },
    ),
    fam(
        "many-speakers",
        "many distinct speaker labels, each saying a few digits",
        |rng, size| {
            pieces(rng, size, |rng, i| {
                format!("{}: it's {}\n", unique_name(i), rng.digits(4))
            })
        },
    ),
    fam(
        "many-speakers-q",
        "many distinct speakers asking for and reading card digits",
        |rng, size| {
            pieces(rng, size, |rng, i| {
                if i % 2 == 0 {
                    format!("{}: what's the card number?\n", unique_name(i))
                } else {
                    let d = rng.digits(4);
                    format!("{}: {}\n", unique_name(i), spoken(rng, &d))
                }
            })
        },
    ),
    fam("webvtt", "a WebVTT transcript with voice tags", |rng, size| {
        let head = "WEBVTT\n\n".to_string();
        lines(rng, size, head, |rng, i| {
            let t = i * 3;
            let who = if i % 2 == 0 { "Agent" } else { "Customer" };
            let body = match rng.below(6) {
                0 => "what's the card number?".to_string(),
                1 => {
                    let d = card(rng);
                    spoken(rng, &d[..8])
                }
                2 => format!("it's {}", written_card(rng)),
                3 => "and the expiration date?".to_string(),
                4 => format!(
                    "oh {} twenty {}",
                    WORDS[rng.below(10)],
                    WORDS[rng.below(10)]
                ),
                _ => "okay thank you one moment".to_string(),
            };
            format!(
                "{}\n{:02}:{:02}:{:02}.000 --> {:02}:{:02}:{:02}.500\n<v {who}>{body}</v>\n\n",
                i + 1,
                t / 3600,
                t / 60 % 60,
                t % 60,
                (t + 2) / 3600,
                (t + 2) / 60 % 60,
                (t + 2) % 60
            )
        })
    }),
    fam("srt", "SRT subtitles of a call", |rng, size| {
        pieces(rng, size, |rng, i| {
            let t = i * 2;
            let body = if i % 3 == 0 {
                "Can I have the card number?".to_string()
            } else {
                let d = rng.digits(4);
                spoken(rng, &d)
            };
            format!(
                "{}\n{:02}:{:02}:{:02},000 --> {:02}:{:02}:{:02},900\n{body}\n\n",
                i + 1,
                t / 3600,
                t / 60 % 60,
                t % 60,
                t / 3600,
                t / 60 % 60,
                t % 60
            )
        })
    }),
    fam(
        "one-line",
        "realistic text with no line break at all",
        |rng, size| realistic(rng, size).replace('\n', " "),
    ),
    fam(
        "spaced-digits",
        "one long run of single-spaced digits",
        |rng, size| pieces(rng, size, |rng, _| format!("{} ", rng.digit())),
    ),
    fam(
        "spaced-groups",
        "long runs of digit groups that never make a card",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                let n = rng.range(1, 5);
                format!("{} ", rng.digits(n))
            })
        },
    ),
    fam("spoken-run", "one endless spoken number, no pause", |rng, size| {
        pieces(rng, size, |rng, _| format!("{} ", WORDS[rng.below(10)]))
    }),
    fam(
        "labels-questions",
        "many labels and question marks, few numbers",
        |rng, size| {
            pieces(rng, size, |rng, i| {
                let q = rng.pick(&[
                    "card number?",
                    "SSN?",
                    "and the cvv?",
                    "expiration?",
                    "what's the security code?",
                    "last four of the social?",
                    "order number?",
                    "exp?",
                    "member ID?",
                    "?",
                    "social security number?",
                ]);
                let who = if i % 3 == 0 { "Agent" } else { "Customer" };
                if i % 7 == 6 {
                    format!("{who}: {}\n", rng.digits_in(3, 4))
                } else {
                    format!("{who}: {q}\n")
                }
            })
        },
    ),
    fam(
        "label-soup",
        "labels and question marks without any layout",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                format!(
                    "{} ",
                    rng.pick(&[
                        "card", "ssn", "cvv", "exp", "social", "security",
                        "code", "?", "number", "last", "four", "order", "#",
                        "SS#", "valid", "thru", "expires"
                    ])
                )
            })
        },
    ),
    fam("double-double", "\"double double double ...\"", |rng, size| {
        pieces(rng, size, |rng, i| {
            if i % 500 == 499 {
                format!("{} ", WORDS[rng.below(10)])
            } else {
                "double ".to_string()
            }
        })
    }),
    fam(
        "unicode-seps",
        "digits with Unicode spaces and dashes between every one",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                format!(
                    "{}{}",
                    rng.digit(),
                    rng.pick(&[
                        "\u{a0}", "\u{202f}", "\u{2009}", "\u{2007}",
                        "\u{3000}", "\u{2010}", "\u{2011}", "\u{2013}",
                        "\u{2014}", "\u{2212}", " ", "-"
                    ])
                )
            })
        },
    ),
    fam(
        "zero-width",
        "zero-width characters between every digit",
        |rng, size| {
            pieces(rng, size, |rng, i| {
                let sep = rng.pick(&[
                    "\u{200b}", "\u{200c}", "\u{200d}", "\u{2060}",
                    "\u{feff}", "\u{ad}",
                ]);
                if i % 40 == 39 {
                    format!("{}\n", rng.digit())
                } else {
                    format!("{}{sep}", rng.digit())
                }
            })
        },
    ),
    fam(
        "markdown-table",
        "a Markdown table with thousands of rows",
        |rng, size| {
            let head =
                "| Name | SSN | Card | Exp | Phone |\n|---|---|---|---|---|\n"
                    .to_string();
            lines(rng, size, head, |rng, _| {
                format!(
                    "| {} | {} | {} | {} | {} |\n",
                    name(rng),
                    ssn(rng),
                    written_card(rng),
                    expiry(rng),
                    phone(rng)
                )
            })
        },
    ),
    fam("jsonl", "a JSON-lines transcript export", |rng, size| {
        pieces(rng, size, |rng, i| {
            let who = if i % 2 == 0 { "agent" } else { "customer" };
            let text = if i % 2 == 0 {
                rng.pick(&[
                    "Can I get the card number?",
                    "And the expiration?",
                    "What is your social?",
                    "Thank you.",
                ])
                .to_string()
            } else {
                let d = rng.digits(4);
                spoken(rng, &d)
            };
            format!(
                "{{\"ts\":{},\"speaker\":\"{who}\",\"text\":\"{text}\"}}\n",
                1_700_000_000 + i
            )
        })
    }),
    fam(
        "zoom-chat",
        "thousands of `From X to Everyone:` lines",
        |rng, size| {
            pieces(rng, size, |rng, i| {
                let body = if i % 4 == 0 {
                    format!("my card is {}", written_card(rng))
                } else {
                    "can you see my screen?".to_string()
                };
                format!(
                    "{:02}:{:02}:{:02} From {} to Everyone:\n\t{body}\n",
                    i / 3600 % 24,
                    i / 60 % 60,
                    i % 60,
                    unique_name(i)
                )
            })
        },
    ),
    fam(
        "zoom-unclosed",
        "lines starting `From ` with no ` to ` and no colon",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                format!("From {} {}\n", name(rng), rng.digits(4))
            })
        },
    ),
    fam(
        "open-brackets",
        "lines starting with `[` and no `]` anywhere",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                format!("[Agent said {}\n", rng.digits(4))
            })
        },
    ),
    fam(
        "timestamps",
        "`[00:00:29] spk_0:` turns of a few digits",
        |rng, size| {
            pieces(rng, size, |rng, i| {
                let d = rng.digits(4);
                format!(
                    "[{:02}:{:02}:{:02}] spk_{}: {}\n",
                    i / 3600 % 100,
                    i / 60 % 60,
                    i % 60,
                    i % 2,
                    spoken(rng, &d)
                )
            })
        },
    ),
    fam(
        "cvv-qa",
        "the agent asks for the CVV again and again",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                format!(
                    "Agent: what's the cvv?\nCustomer: {}, {}\n",
                    rng.digits(3),
                    rng.pick(&["7 3 7", "yes", "sorry?", "one two three"])
                )
            })
        },
    ),
    fam(
        "quoted-email",
        "a long email thread, deeply `> `-quoted, cards split over lines",
        |rng, size| {
            pieces(rng, size, |rng, i| {
                let depth = "> ".repeat(i % 12);
                let c = grouped(&card(rng), " ");
                let (a, b) = c.split_at(c.len() / 2);
                format!("{depth}Please charge {a}\n{depth}{b} thanks\n")
            })
        },
    ),
    fam(
        "long-words",
        "words of thousands of letters and digits",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                let n = rng.range(1000, 20_000);
                let mut w = String::with_capacity(n + 1);
                for _ in 0..n {
                    w.push(if rng.chance(40) {
                        rng.digit()
                    } else {
                        (b'a' + rng.below(26) as u8) as char
                    });
                }
                w.push(' ');
                w
            })
        },
    ),
    fam("base64", "a base64 attachment, 76 columns", |rng, size| {
        const B64: &[u8] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        pieces(rng, size, |rng, _| {
            let mut l: String =
                (0..76).map(|_| B64[rng.below(64)] as char).collect();
            l.push('\n');
            l
        })
    }),
    fam("digit-lines", "one digit per line", |rng, size| {
        pieces(rng, size, |rng, _| format!("{}\n", rng.digit()))
    }),
    fam(
        "punct-digits",
        "digits with random punctuation between them",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                format!(
                    "{}{}",
                    rng.digits_in(1, 4),
                    rng.pick(&[
                        "/", ".", "-", ",", ":", "#", "+", "(", ")", "'", " "
                    ])
                )
            })
        },
    ),
    fam("phone-list", "phone numbers, one per line", |rng, size| {
        pieces(rng, size, |rng, _| format!("{}\n", phone(rng)))
    }),
    fam(
        "amounts-dates",
        "amounts, dates and times, no secrets",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                format!(
                    "Paid {} on {:02}/{:02}/20{} at {}:{:02}. ",
                    amount(rng),
                    rng.range(1, 12),
                    rng.range(1, 28),
                    rng.range(10, 30),
                    rng.range(1, 12),
                    rng.below(60)
                )
            })
        },
    ),
    fam(
        "read-backs",
        "cards read over several turns with read-backs and uh huhs",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                let c = card(rng);
                let mut s = String::from("Agent: card number?\n");
                for chunk in c.as_bytes().chunks(4) {
                    let chunk = std::str::from_utf8(chunk).unwrap_or("");
                    let words = spoken(rng, chunk);
                    let _ = writeln!(s, "Customer: {words}");
                    let _ = writeln!(
                        s,
                        "Agent: {}",
                        if rng.chance(50) { "uh huh" } else { words.as_str() }
                    );
                }
                s
            })
        },
    ),
    fam(
        "echoes",
        "cards read in four parts, each part read back: many echoes",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                let c = card(rng);
                let mut s = String::from("A: card?\n");
                for chunk in c.as_bytes().chunks(4) {
                    let chunk = std::str::from_utf8(chunk).unwrap_or("");
                    let _ = write!(s, "C: {chunk}\nA: {chunk}\n");
                }
                s
            })
        },
    ),
    fam(
        "side-by-side",
        "numbers side by side: cards, SSNs and ZIPs with commas",
        |rng, size| {
            pieces(rng, size, |rng, _| {
                format!(
                    "{}, {} {}, {}\n",
                    rng.digits(5),
                    card(rng),
                    written_ssn(rng),
                    card(rng)
                )
            })
        },
    ),
    fam("noise", "random pieces of everything above", |rng, size| {
        pieces(rng, size, |rng, _| match rng.below(6) {
            0 => rng.digits_in(1, 6),
            1 => rng
                .pick(&[
                    " ", "-", ".", ",", "\n", "\n> ", "/", ":", "\u{a0}",
                    "\u{200b}", "😊", "é",
                ])
                .to_string(),
            2 => rng
                .pick(&[
                    "four ",
                    "oh ",
                    "double ",
                    "forty ",
                    "one ",
                    "for ",
                    "to ",
                    "uh ",
                    "card ",
                    "SSN ",
                    "cvv ",
                    "exp ",
                    "order ",
                    "last four ",
                    "Agent: ",
                    "Customer: ",
                    "[00:01:02] spk_0: ",
                    "September ",
                    "twenty ",
                ])
                .to_string(),
            3 => written_card(rng),
            4 => format!("\n{}: ", unique_name(rng.below(50))),
            _ => note_sentence(rng),
        })
    }),
    fam(
        "card-then-dates",
        "one card, then dates each after many words that lead on (\"and\"): \
         a date right after a card must not walk back to it",
        |rng, size| {
            let start = format!("card {} ", card(rng));
            lines(rng, size, start, |rng, _| {
                format!(
                    "{}{:02}/{} ",
                    "and ".repeat(rng.range(20, 60)),
                    rng.range(1, 12),
                    rng.range(26, 35)
                )
            })
        },
    ),
];

/// The family called `name`.
pub fn find(name: &str) -> Option<&'static Family> {
    FAMILIES.iter().find(|f| f.name == name)
}

/// The text of `family` at `size` bytes with `seed`: generated, then cut
/// back to `size` at the last line break in its final quarter, or else at
/// a `char` boundary.
pub fn generate(family: &Family, size: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut text = (family.make)(&mut rng, size);
    if text.len() > size {
        let mut cut = size;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if let Some(nl) = text[..cut].rfind('\n') {
            if nl + 1 >= size - size / 4 {
                cut = nl + 1;
            }
        }
        text.truncate(cut);
    }
    text
}
