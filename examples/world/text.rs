//! Contact-centre text as it really comes, for benchmarks and comparisons:
//! chat logs, call notes typed by agents, speech-to-text transcripts and
//! JSON-lines exports, with the secrets they really hold and, far more
//! often, the numbers that are not secrets (orders, tracking numbers,
//! phones, amounts, dates, ZIP+4, account and case numbers).
//!
//! Written from the world, not from the detector: each conversation has a
//! reason for the call (a late order, a disputed charge, a new card on
//! file, an identity check...), and only the calls that need one carry a
//! card, an expiry date, a CVV or an SSN: about one conversation in seven.
//! The generator knows where every secret it wrote is ([`Secret`]), so a
//! redactor's output can be checked for what it left readable.
//!
//! Deterministic: the same genre, seed and size give the same bytes on
//! every machine (the SplitMix64 source of `families.rs`). Any size: the
//! text is made one conversation at a time and can be streamed to a file
//! ([`World::write`]); it stops at the first conversation that reaches the
//! size.

use std::io::{self, Write};

use crate::families::{self, Rng};

/// What kind of text to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Genre {
    /// Chats, call notes and transcripts, one after the other, as a
    /// ticket system's export has them.
    Mixed,
    /// Chat logs: `[10:42:07] Agent (Maria): ...`.
    Chat,
    /// Call notes typed by agents, with their abbreviations.
    Notes,
    /// Speech-to-text transcripts: lower case, number words, fillers,
    /// misheard words, speaker turns.
    Speech,
    /// A JSON-lines export of chats: one message per line.
    Jsonl,
}

impl Genre {
    /// Every genre, with its name on the command line.
    pub const ALL: [(&'static str, Genre); 5] = [
        ("mixed", Genre::Mixed),
        ("chat", Genre::Chat),
        ("notes", Genre::Notes),
        ("speech", Genre::Speech),
        ("jsonl", Genre::Jsonl),
    ];

    /// The genre called `name`.
    pub fn from_name(name: &str) -> Option<Genre> {
        Genre::ALL.iter().find(|(n, _)| *n == name).map(|&(_, g)| g)
    }
}

/// The kinds of secret the generator writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum What {
    /// A payment card number.
    Card,
    /// A US Social Security number.
    Ssn,
    /// A card security code.
    Cvv,
    /// A card expiry date.
    Expiry,
}

impl What {
    /// Every kind, in report order.
    pub const ALL: [What; 4] =
        [What::Card, What::Ssn, What::Cvv, What::Expiry];

    /// Its name in reports.
    pub fn name(self) -> &'static str {
        match self {
            What::Card => "card",
            What::Ssn => "ssn",
            What::Cvv => "cvv",
            What::Expiry => "expiry",
        }
    }
}

/// One secret the generator wrote: its kind and the byte ranges of its
/// parts in the whole text (one part, or one per turn for a card read out
/// over two turns).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Secret {
    /// What it is.
    pub what: What,
    /// Byte ranges, in order.
    pub parts: Vec<(usize, usize)>,
}

/// One conversation (or note) being written, with its secrets.
#[derive(Default)]
struct Doc {
    text: String,
    secrets: Vec<Secret>,
}

impl Doc {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// Starts a secret; its parts are added with [`Doc::part`].
    fn open(&mut self, what: What) -> usize {
        self.secrets.push(Secret { what, parts: Vec::new() });
        self.secrets.len() - 1
    }

    fn part(&mut self, id: usize, s: &str) {
        let start = self.text.len();
        self.text.push_str(s);
        self.secrets[id].parts.push((start, self.text.len()));
    }

    fn secret(&mut self, what: What, s: &str) {
        let id = self.open(what);
        self.part(id, s);
    }
}

/// The generator: a seeded source and a genre.
pub struct World {
    rng: Rng,
    genre: Genre,
    /// Conversations made so far (ids, clocks).
    count: u64,
}

/// The facts of one call, rendered differently in each genre.
struct Facts {
    company: &'static str,
    agent: &'static str,
    customer: String,
    order: String,
    track: String,
    phone: String,
    amount: (usize, usize),
    month: usize,
    day: usize,
    hour: usize,
    minute: usize,
    zip: String,
    acct: String,
    case: String,
    last4: String,
    card: String,
    exp: (usize, usize),
    cvv: String,
    ssn: String,
}

/// Who says a turn.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Who {
    Agent,
    Customer,
}

const COMPANIES: &[&str] = &[
    "Acme",
    "Northwind",
    "Bluebird Mobile",
    "Cascade Energy",
    "Harbor Bank",
    "Summit Internet",
    "Parcelly",
    "Greenleaf Pharmacy",
];
const AGENTS: &[&str] = &[
    "Maria", "James", "Priya", "Dev", "Sam", "Keisha", "Tom", "Ana", "Luis",
    "Mei", "Olu", "Grace",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The reasons for a call, each a script of turns. A turn is `A:` or `C:`
/// (agent, customer), then alternatives separated by `|`; a turn that
/// starts with `?` is said half of the time. `{slot}` is a fact.
const GREETING: &str = "A:Thank you for calling {company}, my name is {agent}. How can I help you today?|Hi, thanks for contacting {company}! This is {agent}, what can I do for you?|{company} customer care, this is {agent} speaking. How may I help?";
const CLOSING: &[&str] = &[
    "A:Is there anything else I can help you with today?|Anything else I can do for you?",
    "C:No, that's all. Thanks so much!|No thank you, have a good day.|Nope, that's it. Thanks for your help.",
    "?A:Thank you for choosing {company}. Have a great day!|You're welcome, take care!",
];

/// The scripts, with their weights (out of 100).
const TOPICS: &[(usize, &[&str])] = &[
    (
        30,
        &[
            "C:Hi, I'm calling about an order that never showed up.|Yeah hi, my package hasn't arrived yet.|Hello, I ordered something on {date} and it's still not here.",
            "A:I'm sorry to hear that. Can I get the order number?|Sorry about that! What's the order number?|Let me look into it. Do you have your order number?",
            "C:Sure, it's {order}.|It's {order}.|Yeah, {order}.|I think it's {order}, hold on, yes {order}.",
            "A:Thank you. And can you verify the phone number on the account?|Thanks. What's the best phone number to reach you?",
            "C:{phone}|It's {phone}.|Sure, {phone}.",
            "A:Thank you. I see it shipped on {date} with tracking number {track}.|Thanks. The tracking number {track} shows it was delivered on {date} at {time}.",
            "?C:I never got it. I was home all day.|Well it's not on my porch.|That's weird, nothing came.",
            "?C:The card I used was {card}, if that helps.",
            "A:I've opened case {case} and issued a refund of {amount} to the card ending in {last4}.|I can send a replacement at no charge. Your case number is {case}.",
            "?A:Is the shipping address still ZIP code {zip}?",
            "?C:Yes, that's right.|Yep.",
        ],
    ),
    (
        15,
        &[
            "C:Hi, there's a charge on my statement I don't recognise.|I was charged twice this month.|My bill is way higher than usual.",
            "A:I can look into that. What's your account number?|Sure, can I have the account number please?",
            "C:It's {acct}.|{acct}|Let me find it, okay, {acct}.",
            "A:Thank you. I see a charge of {amount} on {date}. Is that the one?|Thanks. There's a payment of {amount} from {date} at {time}.",
            "C:Yes, that one. I only ordered once.|Yeah, that's the one I'm asking about.",
            "A:You're right, it was charged twice. I've reversed {amount}, it takes three to five business days. Your reference is {case}.|I've put in a dispute for {amount}, reference number {case}.",
            "?C:Can you send that to my email?|Will I get a confirmation?",
            "?A:Yes, you'll get an email shortly. We also have your number as {phone}.",
        ],
    ),
    (
        14,
        &[
            "C:My internet keeps dropping every few minutes.|The app won't let me log in.|My phone has no signal since yesterday.",
            "A:Sorry about that. Can I have the phone number on the account?|I can help. What's the account number?",
            "C:{phone}|{acct}|Sure, it's {phone}.",
            "A:Thanks. Can you restart the device and tell me what the light does?|Okay, I'm running a test on the line now.",
            "C:It's blinking orange.|Okay, it restarted, still the same.",
            "A:I've opened ticket {case}. A technician can come on {date} between {time} and five.|That should fix it. If it happens again, your ticket number is {case}.",
            "?C:Okay, {date} works.|Can it be earlier?",
        ],
    ),
    (
        8,
        &[
            "C:I moved and need to change my address.|Hi, I need to update my mailing address.",
            "A:No problem. Can I have the account number?|Sure, what's the phone number on the account?",
            "C:{acct}|{phone}",
            "A:What's the new address?",
            "C:It's {house} Oak Street, apartment {apt}, Springfield, {zip}.|{house} Maple Avenue, Portland, {zip}.",
            "A:Got it, ZIP {zip}. The change takes effect on {date}.",
        ],
    ),
    (
        9,
        &[
            "C:Hi, I need to update the card on my account.|My card expired and I need to put a new one on file.|I want to pay my balance with a different card.",
            "A:Sure, I can help with that. Can I get the account number first?|Of course. What's the account number?",
            "C:{acct}|It's {acct}.",
            "A:Thank you. What's the new card number?|Go ahead with the card number whenever you're ready.|And the card number you'd like to use?",
            "C:It's {card}.|Okay, it's {card}.|{card}",
            "A:And the expiration date?|What's the expiry on that?|Thank you. Expiration?",
            "C:{exp}|It expires {exp}.",
            "A:And the three digit security code on the back?|And the CVV?|Last thing, the security code?",
            "C:{cvv}|It's {cvv}.",
            "A:Thank you, the new card is on file. Your payment of {amount} will go through on {date}.|All set. I've charged {amount} to that card, confirmation {case}.",
        ],
    ),
    (
        5,
        &[
            "C:I'm locked out of my account.|I need to reset my PIN.|I got a letter about a new account I didn't open.",
            "A:I can help. For security, I need to verify your identity. Can I have your Social Security number?|Before I make changes, can you give me your full social security number?",
            "C:Sure, it's {ssn}.|{ssn}|Okay, {ssn}.",
            "A:Thank you. And your date of birth?",
            "C:{dob}",
            "A:Thanks, you're verified. I've reset access, case {case}.|Thank you. I've put a fraud alert on the account, reference {case}.",
        ],
    ),
    (
        19,
        &[
            "C:I want to cancel my subscription.|I'd like to know my balance.|When is my next payment due?",
            "A:I can help with that. Can I have your account number?|Sure. What's the phone number on the account?",
            "C:{acct}|{phone}",
            "A:Thank you. Your balance is {amount}, due on {date}.|I see your plan renews on {date} for {amount}.",
            "?C:Can I pay it over the phone?|Okay. Can you cancel it before then?",
            "?A:Yes. I've set that up, confirmation number {case}.|Done, you won't be charged again. Confirmation {case}.",
        ],
    ),
];

/// Call notes: sentences per topic (same order as [`TOPICS`]), the same
/// syntax as the turns without the speaker.
const NOTES: &[&[&str]] = &[
    &[
        "cust called re ord #{order} not rcvd.|Cust states order {order} never arrived.|cx called, pkg for ord {order} missing.",
        "trk {track} shows dlvd {date}.|Tracking {track} shows delivered {date} {time}.|UPS trk {track}, last scan {date}.",
        "?cb {phone}.|callback # {phone}.",
        "issued refund {amount} to card ending {last4}.|sent replacement, case {case}.|refund of {amount} processed, case {case}.",
        "?zip {zip} confirmed.",
        "?f/u {date}.",
    ],
    &[
        "cust disputes chg {amount} on {date}.|Customer reports duplicate charge of {amount} ({date}).",
        "acct {acct}.|acct# {acct} verified.",
        "reversed dup chg, ref {case}.|opened dispute {case}, adv 3-5 bus days.",
        "?cb {phone}.",
    ],
    &[
        "cust reports intermittent svc.|no signal since {date}.|login issue on app.",
        "acct {acct}, cb {phone}.|phone on acct {phone}.",
        "rebooted modem, no change.|ran line test, errors on port.",
        "tkt {case}, tech appt {date} {time}.|escalated to tier 2, tkt {case}.",
    ],
    &[
        "addr change for acct {acct}.|cust moved, updated mailing addr.",
        "new addr {house} Oak St apt {apt}, {zip}.|new ZIP {zip}, eff {date}.",
        "?cb {phone}.",
    ],
    &[
        "cust updating pmt method on acct {acct}.|new card on file for acct {acct}.",
        "new cc {card} exp {exp} cvv {cvv}.|card {card} exp {exp}, cvv {cvv}.|new card ending {last4}, exp {exp}.",
        "pmt {amount} sched {date}, conf {case}.|charged {amount}, conf {case}.",
    ],
    &[
        "id verification: SSN {ssn}, DOB {dob}.|verified w/ SSN {ssn} + DOB.|verified last 4 SSN {ssn4} and DOB.",
        "reset access, case {case}.|fraud alert placed, ref {case}.",
        "?cb {phone}.",
    ],
    &[
        "cust asked re balance.|cust requests cancel.|bal inquiry.",
        "acct {acct}.|cb {phone}.",
        "bal {amount} due {date}.|plan renews {date} at {amount}.",
        "?cancelled eff {date}, conf {case}.|?set up pmt, conf {case}.",
    ],
];

const FILLERS: &[&str] = &["um", "uh", "you know", "like", "so", "okay"];
const MISHEARD: &[(&str, &str)] = &[
    ("card", "car"),
    ("number", "numbers"),
    ("there", "their"),
    ("order", "older"),
    ("account", "a count"),
    ("address", "a dress"),
    ("charge", "charged"),
    ("refund", "re fund"),
    ("right", "write"),
    ("know", "no"),
    ("code", "coat"),
    ("expiration", "expiration's"),
    ("security", "secure ity"),
    ("social", "so show"),
];
const WORDS: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine",
];
const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
    "eighty", "ninety",
];

/// 0 to 99 in words.
fn words(n: usize) -> String {
    match n {
        0..=9 => WORDS[n].to_string(),
        10..=19 => TEENS[n - 10].to_string(),
        _ if n % 10 == 0 => TENS[n / 10].to_string(),
        _ => format!("{} {}", TENS[n / 10], WORDS[n % 10]),
    }
}

/// 1 to 9999 in words, as an amount is said.
fn number_words(n: usize) -> String {
    let mut parts = Vec::new();
    if n >= 1000 {
        parts.push(format!("{} thousand", words(n / 1000)));
    }
    if n % 1000 >= 100 {
        parts.push(format!("{} hundred", words(n % 1000 / 100)));
    }
    if n % 100 > 0 || parts.is_empty() {
        parts.push(words(n % 100));
    }
    parts.join(" ")
}

/// The ordinal of a day of the month, in words.
fn ordinal(n: usize) -> String {
    const SPECIAL: [(usize, &str); 12] = [
        (1, "first"),
        (2, "second"),
        (3, "third"),
        (5, "fifth"),
        (8, "eighth"),
        (9, "ninth"),
        (12, "twelfth"),
        (20, "twentieth"),
        (21, "twenty first"),
        (22, "twenty second"),
        (23, "twenty third"),
        (30, "thirtieth"),
    ];
    if let Some(&(_, w)) = SPECIAL.iter().find(|(d, _)| *d == n) {
        return w.to_string();
    }
    if n > 23 && n % 10 != 0 {
        return format!("twenty {}", ordinal(n % 10));
    }
    format!("{}th", words(n))
}

impl World {
    /// A generator of `genre` text from `seed`.
    pub fn new(genre: Genre, seed: u64) -> World {
        World { rng: Rng::new(seed), genre, count: 0 }
    }

    /// Writes conversations to `out` until at least `size` bytes are
    /// written, calling `secret` with each secret (offsets into the whole
    /// output). Returns the bytes written.
    pub fn write(
        &mut self,
        size: u64,
        out: &mut dyn Write,
        secret: &mut dyn FnMut(Secret),
    ) -> io::Result<u64> {
        let mut written = 0u64;
        while written < size {
            let doc = self.next_doc();
            out.write_all(doc.text.as_bytes())?;
            let at = written as usize;
            for mut s in doc.secrets {
                for p in &mut s.parts {
                    *p = (p.0 + at, p.1 + at);
                }
                secret(s);
            }
            written += doc.text.len() as u64;
        }
        Ok(written)
    }

    /// A text of at least `size` bytes and its secrets, in memory.
    pub fn text(
        genre: Genre,
        seed: u64,
        size: usize,
    ) -> (String, Vec<Secret>) {
        let mut bytes = Vec::with_capacity(size + 4096);
        let mut secrets = Vec::new();
        World::new(genre, seed)
            .write(size as u64, &mut bytes, &mut |s| secrets.push(s))
            .expect("writing to memory cannot fail");
        let text =
            String::from_utf8(bytes).expect("the generator writes UTF-8");
        (text, secrets)
    }

    fn next_doc(&mut self) -> Doc {
        self.count += 1;
        let genre = match self.genre {
            Genre::Mixed => match self.rng.below(100) {
                0..=34 => Genre::Chat,
                35..=69 => Genre::Notes,
                _ => Genre::Speech,
            },
            g => g,
        };
        let facts = self.facts();
        let mut topic = self.rng.below(100);
        let mut t = 0;
        while topic >= TOPICS[t].0 {
            topic -= TOPICS[t].0;
            t += 1;
        }
        let mut doc = Doc::default();
        match genre {
            Genre::Notes => self.notes(&mut doc, &facts, t),
            g => self.conversation(&mut doc, &facts, t, g),
        }
        doc
    }

    fn facts(&mut self) -> Facts {
        let rng = &mut self.rng;
        let card = families::card(rng);
        let cvv = rng.digits(if card.len() == 15 { 4 } else { 3 });
        Facts {
            company: rng.pick(COMPANIES),
            agent: rng.pick(AGENTS),
            customer: families::name(rng),
            order: rng.digits_in(7, 9),
            track: match rng.below(3) {
                0 => format!("1Z{}{}", alnum(rng, 6), rng.digits(10)),
                1 => format!("9400{}", rng.digits(18)),
                _ => rng.digits(12),
            },
            phone: format!(
                "{}{}{}",
                rng.range(201, 989),
                rng.range(200, 999),
                rng.digits(4)
            ),
            amount: (
                if rng.chance(80) {
                    rng.range(5, 300)
                } else {
                    rng.range(300, 4000)
                },
                rng.below(100),
            ),
            month: rng.range(1, 12),
            day: rng.range(1, 28),
            hour: rng.range(8, 18),
            minute: rng.below(60),
            zip: if rng.chance(40) {
                format!("{}-{}", rng.digits(5), rng.digits(4))
            } else {
                rng.digits(5)
            },
            acct: rng.digits_in(8, 11),
            case: rng.digits_in(6, 9),
            last4: rng.digits(4),
            exp: (rng.range(1, 12), rng.range(25, 33)),
            ssn: families::ssn(rng),
            cvv,
            card,
        }
    }

    /// One conversation: a chat, a transcript or JSON lines.
    fn conversation(
        &mut self,
        doc: &mut Doc,
        f: &Facts,
        topic: usize,
        g: Genre,
    ) {
        let style = self.rng.below(4);
        let id = format!("{:08x}", self.rng.next() as u32);
        let (mut h, mut m, mut s) = (f.hour, f.minute, self.rng.below(60));
        let mut clock = |rng: &mut Rng| {
            s += rng.range(4, 70);
            m += s / 60;
            s %= 60;
            h += m / 60;
            m %= 60;
            (h % 24, m, s)
        };
        match g {
            Genre::Chat => doc.push(&format!(
                "Chat transcript - {} Support - 2025-{:02}-{:02} (conversation {id})\n",
                f.company, f.month, f.day
            )),
            Genre::Speech => doc.push(&format!(
                "Call ID: {id} | 2025-{:02}-{:02} {:02}:{:02} | Duration {:02}:{:02}\n",
                f.month,
                f.day,
                f.hour,
                f.minute,
                self.rng.range(2, 25),
                self.rng.below(60)
            )),
            _ => {}
        }
        let mut script: Vec<&str> = vec![GREETING];
        script.extend(TOPICS[topic].1);
        script.extend(CLOSING);
        let mut turn_no = 0;
        for line in script {
            let (optional, line) = match line.strip_prefix('?') {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            // The customer volunteering a card is rarer than other
            // optional turns.
            let odds =
                if line.contains("{card}") && topic == 0 { 5 } else { 50 };
            if optional && !self.rng.chance(odds) {
                continue;
            }
            let who = if line.starts_with("A:") {
                Who::Agent
            } else {
                Who::Customer
            };
            let body = pick_alt(&mut self.rng, &line[2..]);
            let (hh, mm, ss) = clock(&mut self.rng);
            match g {
                Genre::Speech => {
                    self.speech_turn(doc, f, who, body, style, (hh, mm, ss))
                }
                Genre::Jsonl => {
                    let mut turn = Doc::default();
                    self.render(&mut turn, f, body, false);
                    if who == Who::Customer {
                        chatty(&mut self.rng, &mut turn);
                    }
                    let head = format!(
                        "{{\"conversation_id\":\"c-{id}\",\"turn\":{turn_no},\"ts\":\"2025-{:02}-{:02}T{hh:02}:{mm:02}:{ss:02}Z\",\"role\":\"{}\",\"text\":\"",
                        f.month,
                        f.day,
                        if who == Who::Agent { "agent" } else { "customer" },
                    );
                    append(doc, &head, turn, true);
                    doc.push("\"}\n");
                }
                _ => {
                    let label = chat_label(style, who, f, (hh, mm, ss));
                    let mut turn = Doc::default();
                    self.render(&mut turn, f, body, false);
                    if who == Who::Customer {
                        chatty(&mut self.rng, &mut turn);
                    }
                    append(doc, &label, turn, false);
                    doc.push("\n");
                }
            }
            turn_no += 1;
        }
        if g != Genre::Jsonl {
            doc.push("\n");
        }
    }

    /// One turn of a speech-to-text transcript; a card may be read over
    /// two turns with the agent's "uh huh" between them.
    fn speech_turn(
        &mut self,
        doc: &mut Doc,
        f: &Facts,
        who: Who,
        body: &str,
        style: usize,
        at: (usize, usize, usize),
    ) {
        let label = |who: Who| {
            let (a, c) = match style {
                0 => ("agent", "customer"),
                1 => ("Agent", "Customer"),
                2 => ("Speaker 1", "Speaker 2"),
                _ => ("spk_0", "spk_1"),
            };
            let name = if who == Who::Agent { a } else { c };
            if style == 3 {
                format!(
                    "[{:02}:{:02}:{:02}] {name}: ",
                    (at.0 + 24 - f.hour) % 24,
                    at.1,
                    at.2
                )
            } else {
                format!("{name}: ")
            }
        };
        doc.push(&label(who));
        let rng = &mut self.rng;
        for piece in Pieces::new(body) {
            match piece {
                Piece::Lit(text) => doc.push(&stt(rng, text)),
                Piece::Slot("card") if rng.chance(35) => {
                    let id = doc.open(What::Card);
                    let half = f.card.len() / 2 + f.card.len() % 4 / 2;
                    let first = spoken_digits(rng, &f.card[..half], 4);
                    doc.part(id, &first);
                    doc.push("\n");
                    doc.push(&label(Who::Agent));
                    doc.push(rng.pick(&["uh huh", "okay", "mm hmm", "go on"]));
                    doc.push("\n");
                    doc.push(&label(Who::Customer));
                    let rest = spoken_digits(rng, &f.card[half..], 4);
                    doc.part(id, &rest);
                }
                Piece::Slot(slot) => spoken_slot(rng, doc, f, slot),
            }
        }
        doc.push("\n");
    }

    /// `body` in written form: a chat message or a note.
    fn render(&mut self, doc: &mut Doc, f: &Facts, body: &str, note: bool) {
        let rng = &mut self.rng;
        for piece in Pieces::new(body) {
            match piece {
                Piece::Lit(text) => doc.push(text),
                Piece::Slot(slot) => written_slot(rng, doc, f, slot, note),
            }
        }
    }

    /// A call note: date, time, the agent's initials and terse sentences.
    fn notes(&mut self, doc: &mut Doc, f: &Facts, topic: usize) {
        let initials: String = f
            .agent
            .chars()
            .take(1)
            .chain(f.customer.chars().take(1))
            .collect::<String>()
            .to_uppercase();
        doc.push(&match self.rng.below(3) {
            0 => format!(
                "{:02}/{:02}/25 {:02}:{:02} {initials} - ",
                f.month, f.day, f.hour, f.minute
            ),
            1 => format!(
                "Ticket #{} | 2025-{:02}-{:02} | {}\n",
                self.rng.digits(6),
                f.month,
                f.day,
                f.agent
            ),
            _ => format!("{}/{} {initials}: ", f.month, f.day),
        });
        for &line in NOTES[topic] {
            let (optional, line) = match line.strip_prefix('?') {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            if optional && self.rng.chance(50) {
                continue;
            }
            let body = pick_alt(&mut self.rng, line);
            let body = body.strip_prefix('?').unwrap_or(body);
            self.render(doc, f, body, true);
            doc.push(" ");
        }
        doc.text.pop();
        doc.push("\n\n");
    }
}

/// A random choice among `|`-separated alternatives.
fn pick_alt<'a>(rng: &mut Rng, line: &'a str) -> &'a str {
    let alts: Vec<&str> = line.split('|').collect();
    alts[rng.below(alts.len())]
}

/// Upper-case letters and digits.
fn alnum(rng: &mut Rng, n: usize) -> String {
    const CHARS: &[u8] = b"ABCDEFGHJKLMNPRSTUVWXY0123456789";
    (0..n).map(|_| CHARS[rng.below(CHARS.len())] as char).collect()
}

/// A template cut into literal text and `{slots}`.
enum Piece<'a> {
    Lit(&'a str),
    Slot(&'a str),
}

struct Pieces<'a>(&'a str);

impl<'a> Pieces<'a> {
    fn new(s: &'a str) -> Self {
        Pieces(s)
    }
}

impl<'a> Iterator for Pieces<'a> {
    type Item = Piece<'a>;

    fn next(&mut self) -> Option<Piece<'a>> {
        let s = self.0;
        if s.is_empty() {
            return None;
        }
        if let Some(rest) = s.strip_prefix('{') {
            let end = rest.find('}').unwrap_or(rest.len());
            self.0 = rest.get(end + 1..).unwrap_or("");
            return Some(Piece::Slot(&rest[..end]));
        }
        let end = s.find('{').unwrap_or(s.len());
        self.0 = &s[end..];
        Some(Piece::Lit(&s[..end]))
    }
}

/// The label of a chat message in one of four export styles.
fn chat_label(
    style: usize,
    who: Who,
    f: &Facts,
    (h, m, s): (usize, usize, usize),
) -> String {
    let name = if who == Who::Agent { f.agent } else { &f.customer };
    let role = if who == Who::Agent { "Agent" } else { "Customer" };
    match style {
        0 => format!("[{h:02}:{m:02}:{s:02}] {role} ({name}): "),
        1 => format!("{name}: "),
        2 => format!(
            "{}:{m:02} {} | {} | ",
            (h + 11) % 12 + 1,
            if h < 12 { "AM" } else { "PM" },
            role.to_lowercase()
        ),
        _ => format!("({h:02}:{m:02}:{s:02}) {role}: "),
    }
}

/// Appends `turn` to `doc` after `head`, its secrets shifted; in JSON its
/// text is escaped (a secret's text never needs escaping).
fn append(doc: &mut Doc, head: &str, turn: Doc, json: bool) {
    doc.push(head);
    let mut from = 0;
    let mut parts: Vec<(usize, usize, usize)> = Vec::new();
    for (i, s) in turn.secrets.iter().enumerate() {
        for &(a, b) in &s.parts {
            parts.push((a, b, i));
        }
    }
    parts.sort_unstable();
    let mut ids = Vec::new();
    for s in &turn.secrets {
        ids.push(doc.open(s.what));
    }
    let push = |doc: &mut Doc, s: &str| {
        if json {
            for c in s.chars() {
                match c {
                    '"' => doc.push("\\\""),
                    '\\' => doc.push("\\\\"),
                    '\n' => doc.push("\\n"),
                    c => doc.text.push(c),
                }
            }
        } else {
            doc.push(s);
        }
    };
    for (a, b, i) in parts {
        push(doc, &turn.text[from..a]);
        doc.part(ids[i], &turn.text[a..b]);
        from = b;
    }
    push(doc, &turn.text[from..]);
}

/// A customer's chat message as people type them: sometimes no capital,
/// no final full stop, "thx", an emoji.
fn chatty(rng: &mut Rng, turn: &mut Doc) {
    if rng.chance(30) && turn.text.ends_with('.') {
        turn.text.pop();
    }
    if rng.chance(8) {
        turn.text.push_str(rng.pick(&[" 🙂", " thx", " pls hurry", " 👍"]));
    }
    if rng.chance(30) {
        if let Some(c) = turn.text.chars().next() {
            if c.is_ascii_uppercase() {
                let lower = c.to_ascii_lowercase().to_string();
                turn.text.replace_range(..1, &lower);
            }
        }
    }
}

/// A fact, written.
fn written_slot(
    rng: &mut Rng,
    doc: &mut Doc,
    f: &Facts,
    slot: &str,
    note: bool,
) {
    let text = match slot {
        "company" => f.company.to_string(),
        "agent" => f.agent.to_string(),
        "order" => f.order.clone(),
        "track" => f.track.clone(),
        "case" => match rng.below(3) {
            0 => format!("CS-{}", f.case),
            1 => format!("#{}", f.case),
            _ => f.case.clone(),
        },
        "acct" => f.acct.clone(),
        "last4" => f.last4.clone(),
        "ssn4" => f.ssn[5..].to_string(),
        "phone" => {
            let p = &f.phone;
            match rng.below(4) {
                0 => format!("({}) {}-{}", &p[..3], &p[3..6], &p[6..]),
                1 => format!("{}-{}-{}", &p[..3], &p[3..6], &p[6..]),
                2 => format!("{}.{}.{}", &p[..3], &p[3..6], &p[6..]),
                _ if note => p.clone(),
                _ => format!("+1 {} {} {}", &p[..3], &p[3..6], &p[6..]),
            }
        }
        "amount" => {
            let (d, c) = f.amount;
            if d >= 1000 {
                format!("${},{:03}.{c:02}", d / 1000, d % 1000)
            } else {
                format!("${d}.{c:02}")
            }
        }
        "date" => match rng.below(4) {
            0 => format!("{}/{}", f.month, f.day),
            1 => format!("{:02}/{:02}/2025", f.month, f.day),
            2 => format!("{} {}", &MONTHS[f.month - 1][..3], f.day),
            _ => format!("{} {}", MONTHS[f.month - 1], f.day),
        },
        "dob" => format!(
            "{:02}/{:02}/{}",
            rng.range(1, 12),
            rng.range(1, 28),
            rng.range(1940, 2004)
        ),
        "time" => format!(
            "{}:{:02} {}",
            (f.hour + 11) % 12 + 1,
            f.minute,
            if f.hour < 12 { "AM" } else { "PM" }
        ),
        "zip" => f.zip.clone(),
        "house" => rng.range(2, 9999).to_string(),
        "apt" => rng.range(1, 40).to_string(),
        "card" => {
            let sep = rng.pick(&[" ", " ", " ", "-", ""]);
            return doc.secret(What::Card, &families::grouped(&f.card, sep));
        }
        "exp" => {
            let (m, y) = f.exp;
            let e = match rng.below(4) {
                0 => format!("{m:02}/{y}"),
                1 => format!("{m}/{y}"),
                2 => format!("{m:02}/20{y}"),
                _ => format!("{m:02}{y}"),
            };
            return doc.secret(What::Expiry, &e);
        }
        "cvv" => return doc.secret(What::Cvv, &f.cvv),
        "ssn" => {
            let s = &f.ssn;
            let sep = rng.pick(&["-", "-", "-", " ", ""]);
            let v = format!("{}{sep}{}{sep}{}", &s[..3], &s[3..5], &s[5..]);
            return doc.secret(What::Ssn, &v);
        }
        _ => format!("{{{slot}}}"),
    };
    doc.push(&text);
}

/// A fact, as a speech recogniser writes it down.
fn spoken_slot(rng: &mut Rng, doc: &mut Doc, f: &Facts, slot: &str) {
    let text = match slot {
        "company" => f.company.to_lowercase(),
        "agent" => f.agent.to_lowercase(),
        "order" | "acct" | "case" | "last4" | "zip" => {
            let digits: String = match slot {
                "order" => f.order.clone(),
                "acct" => f.acct.clone(),
                "case" => f.case.clone(),
                "last4" => f.last4.clone(),
                _ => f.zip.replace('-', ""),
            };
            spoken_digits(rng, &digits, 0)
        }
        "ssn4" => spoken_digits(rng, &f.ssn[5..], 0),
        "phone" => {
            let p = &f.phone;
            format!(
                "{} {} {}",
                spoken_digits(rng, &p[..3], 0),
                spoken_digits(rng, &p[3..6], 0),
                spoken_digits(rng, &p[6..], 0)
            )
        }
        "track" => f
            .track
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => WORDS[d as usize].to_string(),
                None => c.to_ascii_lowercase().to_string(),
            })
            .collect::<Vec<_>>()
            .join(" "),
        "amount" => {
            let (d, c) = f.amount;
            if rng.chance(50) && c > 0 {
                format!("{} {}", number_words(d), words(c))
            } else if c > 0 {
                format!("{} dollars and {} cents", number_words(d), words(c))
            } else {
                format!("{} dollars", number_words(d))
            }
        }
        "date" => format!(
            "{} {}",
            MONTHS[f.month - 1].to_lowercase(),
            ordinal(f.day)
        ),
        "dob" => format!(
            "{} {} nineteen {}",
            MONTHS[rng.below(12)].to_lowercase(),
            ordinal(rng.range(1, 28)),
            words(rng.range(40, 99))
        ),
        "time" => {
            let h = (f.hour + 11) % 12 + 1;
            match f.minute {
                0 => format!("{} o'clock", words(h)),
                1..=9 => format!("{} oh {}", words(h), words(f.minute)),
                m => format!("{} {}", words(h), words(m)),
            }
        }
        "house" => number_words(rng.range(2, 9999)),
        "apt" => words(rng.range(1, 40)),
        "card" => {
            let v = spoken_digits(rng, &f.card, 4);
            return doc.secret(What::Card, &v);
        }
        "exp" => {
            let (m, y) = f.exp;
            let month = if m < 10 && rng.chance(60) {
                format!("oh {}", WORDS[m])
            } else {
                words(m)
            };
            let v = match rng.below(4) {
                0 => format!("{month} {}", words(y)),
                1 => format!("{month} slash {}", words(y)),
                2 => format!(
                    "{} twenty {}",
                    MONTHS[m - 1].to_lowercase(),
                    words(y)
                ),
                _ => format!("{month} twenty {}", words(y)),
            };
            return doc.secret(What::Expiry, &v);
        }
        "cvv" => {
            let v = spoken_digits(rng, &f.cvv, 0);
            return doc.secret(What::Cvv, &v);
        }
        "ssn" => {
            let s = &f.ssn;
            let v = format!(
                "{} {} {}",
                spoken_digits(rng, &s[..3], 0),
                spoken_digits(rng, &s[3..5], 0),
                spoken_digits(rng, &s[5..], 0)
            );
            return doc.secret(What::Ssn, &v);
        }
        _ => format!("{{{slot}}}"),
    };
    doc.push(&text);
}

/// Digits as a speech recogniser writes them: one word each, "oh" for
/// many zeros, "double" for some pairs, "for" and "to" for some fours and
/// twos, and every `group` digits (0: never) a pause that may come out as
/// "uh".
fn spoken_digits(rng: &mut Rng, digits: &str, group: usize) -> String {
    let d: Vec<usize> = digits.bytes().map(|b| (b - b'0') as usize).collect();
    let mut out: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < d.len() {
        if group > 0 && i > 0 && i % group == 0 && rng.chance(15) {
            out.push("uh");
        }
        let pair = i + 1 < d.len()
            && d[i] == d[i + 1]
            && (group == 0 || (i + 1) % group != 0);
        if pair && rng.chance(20) {
            out.push("double");
            out.push(digit_word(rng, d[i]));
            i += 2;
        } else {
            out.push(digit_word(rng, d[i]));
            i += 1;
        }
    }
    out.join(" ")
}

fn digit_word(rng: &mut Rng, d: usize) -> &'static str {
    match d {
        0 if rng.chance(60) => "oh",
        4 if rng.chance(8) => "for",
        2 if rng.chance(8) => "to",
        _ => WORDS[d],
    }
}

/// Written text as a speech recogniser writes it down: lower case, no
/// punctuation, fillers, now and then a misheard word.
fn stt(rng: &mut Rng, text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let lead = text.starts_with(' ');
    let trail = text.ends_with(' ');
    for (i, raw) in text.split_whitespace().enumerate() {
        let word: String = raw
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '\'')
            .flat_map(char::to_lowercase)
            .collect();
        if word.is_empty() {
            continue;
        }
        if i > 0 || lead {
            out.push(' ');
        }
        if rng.chance(6) {
            out.push_str(rng.pick(FILLERS));
            out.push(' ');
        }
        match MISHEARD.iter().find(|(w, _)| *w == word) {
            Some((_, heard)) if rng.chance(12) => out.push_str(heard),
            _ => out.push_str(&word),
        }
    }
    if trail && !out.is_empty() {
        out.push(' ');
    }
    out
}
