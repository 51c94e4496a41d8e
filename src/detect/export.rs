//! Transcript exports as JSON: the conversation a JSON text holds, written
//! out as the plain transcript the detector reads.
//!
//! Speech-to-text services and contact-centre tools export calls as JSON:
//! Amazon Connect Contact Lens (`Transcript[]` of `ParticipantId` and
//! `Content`), AWS Transcribe (`results.transcripts[].transcript`, word
//! `items[]` with `alternatives[].content`, `audio_segments[]`), AssemblyAI
//! (`utterances[]` of `speaker` and `text`, `words[]`), Deepgram
//! (`results.channels[].alternatives[]` with `transcript`, `words[]` with
//! `word` and `punctuated_word`, `paragraphs`, `utterances[]`), Google
//! Speech-to-Text (`words[]` with `speakerTag`), Contact Center AI Insights
//! (`segmentParticipant`), Genesys (`phrases[]` with `participantPurpose`
//! and `decoratedText`), Twilio (`sentences[]` with `media_channel`), chat
//! logs (`messages[]` of `from` and `body`). [`build`] walks the tape of
//! [`super::json`] once and writes three pages, read apart (see
//! [`super::view`]), each in document order:
//!
//! 1. **The conversation**:
//!    - *turns*: an object with a speaker-like key (`speaker`,
//!      `ParticipantRole`, `role`, `from`, `name`... or one inherited from
//!      an enclosing object) and a text-like key (`text`, `Content`,
//!      `transcript`, `utterance`, `message`...) is one line `Speaker:
//!      text`. Speakers get labels the layout stage knows: the role a value
//!      names (`Agent` for `agent` or `HUMAN_AGENT`), any other value
//!      `Speaker A`, `Speaker B`... in order of first use;
//!    - *alternates*: the other text-like values of a turn (`decoratedText`
//!      next to `text`, Azure's `lexical` next to `display`), as the lines
//!      of the same speaker in another copy of the conversation, one copy
//!      per key: all the `lexical` lines in order, then all the `itn`
//!      lines... (a line of each after each turn read a card told over two
//!      turns as three renderings of one half, then three of the other);
//!    - *words*: an array of word objects (Deepgram `words[].word`, AWS
//!      `items[].alternatives[].content`, AssemblyAI `words[].text`) is its
//!      words joined by single spaces, punctuation attached, one line per
//!      change of speaker when every word has one, else one line. When a
//!      word object holds the word twice (Deepgram `word` and
//!      `punctuated_word`), the one shown is `punctuated_word` and the
//!      other is its *shadow*: it is redacted whenever the one shown is.
//! 2. **Texts**, each its own paragraph: text-like values with no speaker
//!    (a whole transcript, a summary), long strings (`notes`), and the
//!    strings of a list of messages however short (`"transcript": ["Hi",
//!    "5325 2170", ...]`).
//! 3. **Fields**, each its own paragraph: every other string or number
//!    that could hold a secret, after its key as a label (`cvv = 123`; `_`,
//!    `.` and camelCase become spaces). A form field kept as an object of
//!    a name and a value (`{"name": "cvv", "value": "123"}` in a HAR
//!    file, `{"label": "SSN", "value": ...}` in a ticket's custom fields)
//!    is one field, its name the label: neither a speaker's turn nor a
//!    word. A numbered key reads after its object's key, as the part of
//!    what it is a part of (`{"card": {"part1": "4539"}}` is `card part1 =
//!    4539`).
//!
//! A scalar is left out when it cannot hold a secret (see [`inert`]): an
//! empty string, a single word with no digit, a number with a fraction or
//! an exponent (a measure), and the short values of metadata keys (times,
//! offsets, confidences, ids, types, speakers). `true`, `false` and `null`
//! are never written. Everything written maps back to the bytes of the
//! JSON string it came from; labels, spaces and line breaks are synthetic
//! and map to nothing, so a redaction never touches quotes, commas or keys
//! (except a key that is itself a number).
//!
//! The same speech is often written twice or more: a whole transcript next
//! to its turns, words with no speaker next to the same words with one.
//! Such copies are *mirrors* (see [`Walker::mirror`]): what is found in
//! the conversation is also redacted, at the same bytes, in each copy.

use std::collections::HashMap;

use super::digits;
use super::json::{self, Kind, Node};
use super::view::Builder;
use crate::span::Span;

/// Returns true if the JSON string `raw` (as written, escapes and all)
/// holds two lines or more that open with a speaker's label, a word or two
/// and a colon ("Visitor: hi\nAgent: ..."): a whole conversation.
fn holds_turns(raw: &str) -> bool {
    // Most values have no escape at all: one search for a backslash.
    if !raw.as_bytes().contains(&b'\\') {
        return false;
    }
    let opens_turn = |line: &str| {
        let head = line.split(": ").next().unwrap_or("");
        head.len() < line.len()
            && (1..=24).contains(&head.len())
            && head.starts_with(|c: char| c.is_alphabetic())
            && head.split(' ').count() <= 2
            && head.chars().all(|c| {
                c.is_alphanumeric() || matches!(c, ' ' | '_' | '-' | '.')
            })
    };
    let mut turns = 0;
    for line in raw.trim_start_matches('"').split("\\n").take(64) {
        turns += usize::from(opens_turn(line));
        if turns >= 2 {
            return true;
        }
    }
    false
}

/// Builds the text the detector reads for the JSON document `text`, read
/// into `tape`. Marks the nodes it uses.
pub(crate) fn build(text: &str, tape: &mut [Node]) -> Builder {
    let mut w = Walker {
        text,
        tape,
        speakers: Speakers::default(),
        turns: Builder::default(),
        alternates: std::iter::repeat_with(Builder::default)
            .take(TEXT_KEYS.len())
            .collect(),
        words: Builder::default(),
        texts: Builder::default(),
        line_open: false,
        fields: Builder::default(),
        turn_pieces: Vec::new(),
        word_pieces: Vec::new(),
        paragraphs: Vec::new(),
        loose_words: Vec::new(),
        loose_groups: Vec::new(),
        keys: Vec::new(),
        last_speaker: None,
        copies: Vec::new(),
    };
    w.read_keys();
    let mut stack: Vec<Frame> = Vec::new();
    let mut top = 0;
    while top < w.tape.len() {
        let next = w.tape[top].next as usize;
        stack.push(Frame {
            node: top,
            key: None,
            parent: None,
            speaker: None,
        });
        while let Some(f) = stack.pop() {
            w.visit(f, &mut stack);
        }
        top = next;
    }
    let mut mirrors = w.mirror();
    mirrors.append(&mut w.copies);
    let mut out = Builder::default();
    for m in mirrors {
        out.mirror(m.0, m.1);
    }
    // The conversation is one page; the texts with no speaker and the
    // fields are pages of their own, read apart, so that no metadata
    // number is taken for an answer to the agent's question or for the
    // next part of a number being read.
    let mut conversation = vec![w.turns];
    conversation.extend(w.alternates);
    conversation.push(w.words);
    let pages = [conversation, vec![w.texts], vec![w.fields]];
    for page in pages {
        if page.iter().all(Builder::is_empty) {
            continue;
        }
        out.page();
        for section in page {
            if section.is_empty() {
                continue;
            }
            if !out.is_empty() && !out.text().ends_with("\n\n") {
                out.synth("\n");
            }
            out.append(section);
        }
    }
    out
}

/// A container to visit: its node, the key it is the value of (for an
/// array element, the array's key) and the speaker it inherits.
#[derive(Clone, Copy, Debug)]
struct Frame {
    node: usize,
    key: Option<usize>,
    /// The key of the object `node` is a member of, if it has one.
    parent: Option<usize>,
    speaker: Option<u32>,
}

/// What a key says about its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// Who speaks; the lower the number, the better the key.
    Speaker(u8),
    /// An audio channel: a speaker for its own object only.
    Channel(u8),
    /// What was said; the lower the number, the better the key.
    Text(u8),
    /// AWS Transcribe's `alternatives` of a word item.
    Alternatives,
    Other,
}

/// Speaker-like keys, best first, lower case without separators.
const SPEAKER_KEYS: &[&str] = &[
    "participantrole",
    "role",
    "participantpurpose",
    "segmentparticipant",
    "speakertag",
    "speakerlabel",
    "speaker",
    "speakerid",
    "speakername",
    "participantid",
    "participant",
    "author",
    "authorname",
    // Intercom's and Zendesk's `author_type`: "admin", "user", "bot".
    "authortype",
    "sender",
    "sendername",
    "sendertype",
    "from",
    "user",
    "username",
    "name",
    "who",
    "party",
];

const CHANNEL_KEYS: &[&str] =
    &["channellabel", "channel", "mediachannel", "channeltag"];

/// Text-like keys, best first.
const TEXT_KEYS: &[&str] = &[
    "punctuatedword",
    "display",
    "displaytext",
    "decoratedtext",
    "text",
    "transcript",
    "content",
    "utterance",
    "message",
    "msg",
    "body",
    "sentence",
    "caption",
    "word",
    "lexical",
    "itn",
    "maskeditn",
    // Rev.ai's elements: `{"type": "text", "value": "four"}`.
    "value",
];

/// Words of keys whose short values are metadata: times, offsets, scores,
/// identifiers, types, speakers.
const META_WORDS: &[&str] = &[
    "at",
    "author",
    "begin",
    "channel",
    "channels",
    "char",
    "chars",
    "confidence",
    "count",
    "created",
    "duration",
    "end",
    "from",
    "guid",
    "id",
    "ids",
    "idx",
    "index",
    "items",
    "kind",
    "label",
    "lang",
    "language",
    "length",
    "locale",
    "logprob",
    "loudness",
    "millis",
    "milliseconds",
    "model",
    "models",
    "ms",
    "name",
    "offset",
    "offsets",
    "participant",
    "prob",
    "probability",
    "purpose",
    "role",
    "score",
    "sec",
    "seconds",
    "secs",
    "sender",
    "sentiment",
    "sid",
    "speaker",
    "speakers",
    "stability",
    "start",
    "state",
    "status",
    "t",
    "tag",
    "time",
    "timestamp",
    "ts",
    "turn",
    "type",
    "updated",
    "user",
    "uuid",
    "version",
    "who",
    "words",
];

/// Words of keys that may label a short secret: a key with one of them is
/// never metadata (`card_type`, `exp_month`, `security_code_id`).
const HINT_WORDS: &[&str] = &[
    "account",
    "acct",
    "card",
    "cc",
    "cid",
    "code",
    "csc",
    "cvc",
    "cvn",
    "cvv",
    "exp",
    "expiration",
    "expires",
    "expiry",
    "mm",
    "month",
    "number",
    "pan",
    "pin",
    "security",
    "social",
    "ssn",
    "tax",
    "tin",
    "valid",
    "year",
    "yy",
    "yyyy",
];

/// Role names kept as speaker labels; any other speaker is `Speaker A`...
const ROLE_NAMES: &[&str] = &[
    "advisor",
    "agent",
    "associate",
    "caller",
    "client",
    "csr",
    "customer",
    "guest",
    "member",
    "operator",
    "patient",
    "rep",
    "representative",
    "support",
    "user",
    "visitor",
];

/// What the key of an array says about its elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ArrayKey {
    /// Words (`words`, `items`, `tokens`).
    Words,
    /// Sentences, turns or messages, never words.
    Lines,
    Unknown,
}

fn array_key(raw: &str) -> ArrayKey {
    let Some((buf, n)) = squash(raw) else { return ArrayKey::Unknown };
    match &buf[..n] {
        b"words" | b"items" | b"tokens" | b"elements" => ArrayKey::Words,
        b"sentences" | b"utterances" | b"monologues" | b"segments"
        | b"audiosegments" | b"paragraphs" | b"messages" | b"turns"
        | b"transcript" | b"transcripts" | b"conversation" | b"entries"
        | b"lines" | b"captions" | b"cues" | b"chat"
        | b"recognizedphrases" | b"nbest" | b"phrases" | b"channels"
        | b"results" | b"alternatives" => ArrayKey::Lines,
        _ => ArrayKey::Unknown,
    }
}

/// The key in lower case without separators, if short enough to be one of
/// the keys above.
fn squash(raw: &str) -> Option<([u8; 24], usize)> {
    let mut buf = [0u8; 24];
    let mut n = 0;
    for b in raw.bytes() {
        if b.is_ascii_alphanumeric() {
            *buf.get_mut(n)? = b.to_ascii_lowercase();
            n += 1;
        } else if !matches!(b, b'_' | b'-' | b' ' | b'.') {
            return None;
        }
    }
    Some((buf, n))
}

fn role(raw: &str) -> Role {
    let Some((buf, n)) = squash(raw) else { return Role::Other };
    let key = &buf[..n];
    let find = |list: &[&str]| {
        list.iter().position(|k| k.as_bytes() == key).map(|p| p as u8)
    };
    if let Some(p) = find(SPEAKER_KEYS) {
        Role::Speaker(p)
    } else if let Some(p) = find(CHANNEL_KEYS) {
        Role::Channel(p)
    } else if let Some(p) = find(TEXT_KEYS) {
        Role::Text(p)
    } else if key == b"alternatives" {
        Role::Alternatives
    } else {
        Role::Other
    }
}

/// The words of a key: split at separators and where a lower-case letter
/// or digit meets an upper-case one (`BeginOffsetMillis`, `speaker_label`).
fn key_words(raw: &str) -> impl Iterator<Item = &str> {
    let b = raw.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i == b.len() {
            return None;
        }
        let start = i;
        i += 1;
        while i < b.len()
            && b[i].is_ascii_alphanumeric()
            && (!b[i].is_ascii_uppercase() || b[i - 1].is_ascii_uppercase())
        {
            i += 1;
        }
        raw.get(start..i)
    })
}

/// Returns true if the key names metadata: one of its words is a metadata
/// word and none may label a secret.
fn is_metadata(raw: &str) -> bool {
    let mut meta = false;
    for w in key_words(raw) {
        let lower = w.to_ascii_lowercase();
        if HINT_WORDS.binary_search(&lower.as_str()).is_ok() {
            return false;
        }
        meta |= META_WORDS.binary_search(&lower.as_str()).is_ok();
    }
    meta
}

/// What a scalar holds, for deciding whether it is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Stats {
    /// Characters that are not white space.
    chars: usize,
    /// Decimal digits, in any script.
    digits: usize,
    /// Words (runs of characters between white space).
    words: usize,
    /// True for a UUID (`8-4-4-4-12` hex digits).
    uuid: bool,
}

fn stats(chars: impl Iterator<Item = char>) -> Stats {
    let mut s = Stats::default();
    let mut in_word = false;
    let mut shape = [0u8; 36];
    let mut len = 0;
    for c in chars {
        if let Some(slot) = shape.get_mut(len) {
            *slot = if c.is_ascii_hexdigit() {
                b'h'
            } else if c == '-' {
                b'-'
            } else {
                b'?'
            };
        }
        len += 1;
        if c.is_whitespace() {
            in_word = false;
            continue;
        }
        s.chars += 1;
        if !in_word {
            s.words += 1;
            in_word = true;
        }
        if digits::value(c).is_some() {
            s.digits += 1;
        }
    }
    s.uuid = len == 36
        && shape.iter().enumerate().all(|(i, &b)| {
            if matches!(i, 8 | 13 | 18 | 23) { b == b'-' } else { b == b'h' }
        });
    s
}

/// Returns true if a scalar with these stats, under a metadata key or not,
/// cannot hold a secret and is left out.
///
/// - Nothing but white space.
/// - One word with no digit ("pronunciation", "COMPLETED", "en-US").
/// - Under a metadata key (see [`is_metadata`]): at most 8 digits and at
///   most 4 words, or a UUID. A card has 12 digits or more and an SSN 9,
///   and spoken they take 5 words or more ("eleven eleven eleven eleven
///   eleven eleven eleven eleven" is the densest); a CVV or an expiry date
///   is found only after its label or question, which a metadata key is
///   not. So a value is never left out for its key's name alone when it
///   could hold a card or an SSN.
fn inert(s: Stats, metadata: bool) -> bool {
    s.chars == 0
        || (s.digits == 0 && s.words <= 1)
        || (metadata && ((s.digits <= 8 && s.words <= 4) || s.uuid))
}

/// The speakers seen so far and their labels, given on first use.
#[derive(Default)]
struct Speakers {
    /// Speaker index by normalised value.
    index: HashMap<String, u32>,
    values: Vec<String>,
    labels: Vec<Option<String>>,
    /// How many `Speaker X` labels were given.
    others: usize,
    /// How many labels were given per role of [`ROLE_NAMES`] (empty
    /// until the first).
    roles: Vec<u32>,
}

impl Speakers {
    /// The index of a speaker value (already lower case, trimmed).
    fn get(&mut self, value: String) -> u32 {
        if let Some(&i) = self.index.get(&value) {
            return i;
        }
        let i = self.values.len() as u32;
        self.values.push(value.clone());
        self.labels.push(None);
        self.index.insert(value, i);
        i
    }

    /// The label of speaker `i`: the role its value names (`Agent` for
    /// `agent` or `HUMAN_AGENT`), any other value `Speaker A`, `Speaker
    /// B`... in order of first use.
    fn label(&mut self, i: u32) -> &str {
        let i = i as usize;
        if self.labels[i].is_none() {
            // A role named in the value: `agent`, `HUMAN_AGENT`, `END_USER`.
            let role = self.values[i]
                .split(|c: char| !c.is_ascii_alphanumeric())
                .find_map(|w| ROLE_NAMES.binary_search(&w).ok());
            let label = if let Some(r) = role {
                let mut l = ROLE_NAMES[r].to_string();
                if let Some(first) = l.get_mut(..1) {
                    first.make_ascii_uppercase();
                }
                // Two values that name the same role (Azure's `Guest-1`
                // and `Guest-2`, two agents) are two speakers: `Guest`,
                // then `Guest 2`.
                if self.roles.is_empty() {
                    self.roles = vec![0; ROLE_NAMES.len()];
                }
                match self.roles.get_mut(r) {
                    Some(n) if *n > 0 => {
                        *n += 1;
                        format!("{l} {n}")
                    }
                    Some(n) => {
                        *n = 1;
                        l
                    }
                    None => l,
                }
            } else {
                let mut n = self.others;
                self.others += 1;
                let mut letters = Vec::new();
                loop {
                    letters.push(b'A' + (n % 26) as u8);
                    n /= 26;
                    if n == 0 {
                        break;
                    }
                    n -= 1;
                }
                letters.reverse();
                let mut l = String::from("Speaker ");
                l.extend(letters.iter().map(|&b| char::from(b)));
                l
            };
            self.labels[i] = Some(label);
        }
        self.labels[i].as_deref().unwrap_or("Speaker")
    }
}

/// What is known of a key, worked out once per distinct key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct KeyInfo {
    role: Role,
    array: ArrayKey,
    metadata: bool,
    /// The key could itself hold a secret (`{"4111111111111111": ...}`).
    secret: bool,
    /// An IVR step's prompt (`Some(true)`) or the caller's answer
    /// (`Some(false)`): see [`Walker::prompt_and_answer`].
    step: Option<bool>,
    /// A form field's name (`Some(true)`) or its value (`Some(false)`):
    /// see [`Walker::property`].
    pair: Option<bool>,
}

impl KeyInfo {
    fn of(raw: &str, chars: impl Iterator<Item = char>) -> KeyInfo {
        let s = stats(chars);
        let step = squash(raw).and_then(|(buf, n)| match buf.get(..n)? {
            b"prompt" | b"prompttext" | b"botprompt" | b"question" => {
                Some(true)
            }
            b"speechresult" | b"digits" | b"answer" | b"callerinput"
            | b"userinput" => Some(false),
            _ => None,
        });
        let pair = squash(raw).and_then(|(buf, n)| match buf.get(..n)? {
            b"name" | b"fieldname" | b"field" | b"fieldlabel" | b"fieldid"
            | b"key" | b"label" | b"title" | b"param" | b"id" | b"ref" => {
                Some(true)
            }
            b"value" | b"fieldvalue" | b"val" => Some(false),
            _ => None,
        });
        KeyInfo {
            role: role(raw),
            array: array_key(raw),
            metadata: is_metadata(raw),
            secret: (s.digits >= 9 || s.words >= 5) && !s.uuid,
            step,
            pair,
        }
    }
}

/// A word of a word array: the string shown, its shadows and its speaker.
struct Word {
    node: usize,
    shadows: std::ops::Range<usize>,
    speaker: Option<u32>,
}

struct Walker<'t> {
    text: &'t str,
    tape: &'t mut [Node],
    speakers: Speakers,
    turns: Builder,
    /// Per text-like key of [`TEXT_KEYS`], the turns in that key's
    /// rendering when it is not the turn's first.
    alternates: Vec<Builder>,
    words: Builder,
    /// Text with no speaker and long strings, one paragraph each.
    texts: Builder,
    /// True when the last text written is a line of a conversation with
    /// no speakers, not yet closed as a paragraph.
    line_open: bool,
    /// Other values after their key, one paragraph each.
    fields: Builder,
    /// The strings written as turns and as words, and those written as
    /// paragraphs, in document order: see [`Walker::mirror`].
    turn_pieces: Vec<usize>,
    word_pieces: Vec<usize>,
    paragraphs: Vec<usize>,
    /// The words of arrays with no speakers, and where each array ends.
    loose_words: Vec<usize>,
    loose_groups: Vec<usize>,
    /// Per node, for the keys of objects: what the key says.
    keys: Vec<Option<KeyInfo>>,
    /// The speaker of the last turn written.
    last_speaker: Option<u32>,
    /// (a turn, the same string again right after it): mirrors.
    copies: Vec<(Span, Span)>,
}

impl Walker<'_> {
    /// Ends the lines of a conversation with no speakers with a blank
    /// line, before a text of another kind.
    fn close_lines(&mut self) {
        if std::mem::take(&mut self.line_open) {
            self.texts.synth("\n");
        }
    }

    fn raw(&self, node: usize) -> &str {
        let n = &self.tape[node];
        self.text.get(n.span().range()).unwrap_or("")
    }

    /// Works out what every key says, once per distinct key: an export
    /// repeats the same few keys thousands of times.
    fn read_keys(&mut self) {
        let mut seen: HashMap<&str, KeyInfo> = HashMap::new();
        let mut keys = vec![None; self.tape.len()];
        for node in 0..self.tape.len() {
            if self.tape[node].kind != Kind::Object {
                continue;
            }
            let end = self.tape[node].next as usize;
            let mut k = node + 1;
            while k + 1 < end {
                let raw = self.raw(k);
                let info = match seen.get(raw) {
                    Some(&i) => i,
                    None => {
                        let n = self.tape[k];
                        let chars =
                            json::chars(raw, n.start as usize).map(|c| c.c);
                        let i = KeyInfo::of(raw, chars);
                        seen.insert(raw, i);
                        i
                    }
                };
                keys[k] = Some(info);
                k = self.tape[k + 1].next as usize;
            }
        }
        self.keys = keys;
    }

    /// What key node `k` says.
    fn key(&self, k: usize) -> KeyInfo {
        self.keys.get(k).copied().flatten().unwrap_or(KeyInfo {
            role: Role::Other,
            array: ArrayKey::Unknown,
            metadata: false,
            secret: false,
            step: None,
            pair: None,
        })
    }

    /// The decoded characters of string `node`.
    fn chars(&self, node: usize) -> impl Iterator<Item = char> + '_ {
        let n = self.tape[node];
        json::chars(self.raw(node), n.start as usize).map(|c| c.c)
    }

    fn stats(&self, node: usize) -> Stats {
        let n = &self.tape[node];
        if n.kind == Kind::Str && n.escaped {
            stats(self.chars(node))
        } else {
            stats(self.raw(node).chars())
        }
    }

    /// The (key, value) pairs of object `node`.
    fn members(&self, node: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let end = self.tape[node].next as usize;
        let mut k = node + 1;
        while k + 1 < end {
            out.push((k, k + 1));
            k = self.tape[k + 1].next as usize;
        }
        out
    }

    /// The elements of array `node`.
    fn elements(&self, node: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let end = self.tape[node].next as usize;
        let mut k = node + 1;
        while k < end {
            out.push(k);
            k = self.tape[k].next as usize;
        }
        out
    }

    /// Returns true if `node` is a string with something in it, not used.
    fn is_text(&self, node: usize) -> bool {
        let n = &self.tape[node];
        n.kind == Kind::Str
            && !n.used
            && if n.escaped {
                self.chars(node).any(|c| !c.is_whitespace())
            } else {
                self.raw(node).chars().any(|c| !c.is_whitespace())
            }
    }

    /// The speaker of object `members`: (label, from a speaker key rather
    /// than a channel).
    fn speaker_of(
        &mut self,
        members: &[(usize, usize)],
    ) -> Option<(u32, bool)> {
        let mut best: Option<(u8, usize, bool)> = None;
        for &(k, v) in members {
            let (rank, strong) = match self.key(k).role {
                Role::Speaker(p) => (p, true),
                Role::Channel(p) => (100 + p, false),
                _ => continue,
            };
            if self.speaker_value(v).is_some()
                && best.is_none_or(|b| rank < b.0)
            {
                best = Some((rank, v, strong));
            }
        }
        let (_, v, strong) = best?;
        let value = self.speaker_value(v)?;
        Some((self.speakers.get(value), strong))
    }

    /// The normalised value of a speaker: a string or number, or the name,
    /// role or id inside an object (`"from": {"name": "Dana"}`).
    fn speaker_value(&self, v: usize) -> Option<String> {
        let node = self.tape[v];
        // A number, or a string with no escape, is its raw text: when its
        // first 64 bytes are ASCII they are its first 64 characters, and
        // lowercasing them is lowercasing ASCII (no `String` collected
        // from characters, no Unicode case mapping; most speakers).
        if node.kind == Kind::Number || node.kind == Kind::Str && !node.escaped
        {
            let raw = self.raw(v);
            if let Some(head) =
                raw.get(..raw.len().min(64)).filter(|h| h.is_ascii())
            {
                let value = head.trim().to_ascii_lowercase();
                return (!value.is_empty()).then_some(value);
            }
        }
        let value: String = match node.kind {
            Kind::Str => self.chars(v).take(64).collect(),
            Kind::Number => self.raw(v).chars().take(64).collect(),
            Kind::Object => {
                let members = self.members(v);
                let inner = ["name", "displayname", "role", "id", "user"]
                    .iter()
                    .find_map(|want| {
                        members.iter().find(|&&(k, v)| {
                            squash(self.raw(k)).is_some_and(|(b, n)| {
                                &b[..n] == want.as_bytes()
                            }) && matches!(
                                self.tape[v].kind,
                                Kind::Str | Kind::Number
                            )
                        })
                    })?;
                return self.speaker_value(inner.1);
            }
            _ => return None,
        };
        let value = value.trim().to_lowercase();
        (!value.is_empty()).then_some(value)
    }

    fn visit(&mut self, f: Frame, stack: &mut Vec<Frame>) {
        match self.tape[f.node].kind {
            Kind::Object => self.object(f, stack),
            Kind::Array => self.array(f, stack),
            _ => self.scalar(f.node, f.key, f.parent),
        }
    }

    fn object(&mut self, f: Frame, stack: &mut Vec<Frame>) {
        let members = self.members(f.node);
        // Before the speaker: Twilio's `From` is the caller's number.
        self.prompt_and_answer(&members);
        // A form field's `name` is no speaker.
        let own = if self.property(&members) {
            None
        } else {
            self.speaker_of(&members)
        };
        let speaker = own.map(|s| s.0).or(f.speaker);
        let inherited = own.filter(|s| s.1).map(|s| s.0).or(f.speaker);
        let mut texts: Vec<(u8, usize)> = members
            .iter()
            .filter_map(|&(k, v)| match self.key(k).role {
                Role::Text(p) if self.is_text(v) => Some((p, v)),
                _ => None,
            })
            .collect();
        texts.sort_unstable();
        let in_lines = own.is_none()
            && f.key.is_some_and(|k| self.key(k).array == ArrayKey::Lines);
        for (i, &(p, v)) in texts.iter().enumerate() {
            self.tape[v].used = true;
            match speaker {
                Some(s) => {
                    // The same words again as the speaker's last turn,
                    // in an object within it (Azure's `Display` under
                    // `DisplayText`): a copy, not a turn of its own, so
                    // that a number read over two turns is not read as
                    // its first half twice. (Messages with a speaker each,
                    // "4242" four times, are four turns.)
                    let copy = self.turn_pieces.last().copied().filter(|&t| {
                        i == 0
                            && own.is_none()
                            && self.last_speaker == Some(s)
                            && self.raw(t) == self.raw(v)
                    });
                    if let Some(t) = copy {
                        let (src, dst) =
                            (self.tape[t].span(), self.tape[v].span());
                        self.copies.push((src, dst));
                        continue;
                    }
                    if i == 0 {
                        self.last_speaker = Some(s);
                    }
                    // A whole chat or call in one value, its own speakers
                    // at its lines' starts ("transcript": "Visitor: ...\n
                    // Agent: ..." in a record with the visitor's name): a
                    // page of its own, as a record of an export is.
                    let whole = holds_turns(self.raw(v));
                    let label = self.speakers.label(s);
                    let alternate = self.alternates.get_mut(usize::from(p));
                    let b = match alternate {
                        Some(b) if i > 0 => b,
                        _ => &mut self.turns,
                    };
                    if whole {
                        b.page();
                    }
                    b.synth(label);
                    b.synth(": ");
                    push_str(b, self.text, &self.tape[v]);
                    b.synth("\n");
                    if whole {
                        b.page();
                    }
                    if i == 0 {
                        self.turn_pieces.push(v);
                    }
                }
                // The segments of a recognition with no speakers
                // (Google's and IBM Watson's `results[].alternatives[]`
                // with a `transcript` each) are one conversation, a line
                // each, so that an answer is read after its question;
                // any other text is a paragraph of its own.
                None if in_lines => {
                    push_str(&mut self.texts, self.text, &self.tape[v]);
                    self.texts.synth("\n");
                    self.line_open = true;
                    self.paragraphs.push(v);
                }
                // A text of several lines (a whole chat or call in one
                // string, a record's notes) is a page of its own too: a
                // question in one record's chat is not answered by the
                // next record's first number.
                None => {
                    self.close_lines();
                    let lines = self.raw(v).contains("\\n");
                    if lines {
                        self.texts.page();
                    }
                    push_str(&mut self.texts, self.text, &self.tape[v]);
                    self.texts.synth("\n\n");
                    if lines {
                        self.texts.page();
                    }
                    self.paragraphs.push(v);
                }
            }
        }
        // The members are visited in document order, after this object.
        let at = stack.len();
        for &(k, v) in &members {
            self.key_itself(k);
            if !self.tape[v].used {
                stack.push(Frame {
                    node: v,
                    key: Some(k),
                    parent: f.key,
                    speaker: inherited,
                });
            }
        }
        stack[at..].reverse();
    }

    fn array(&mut self, f: Frame, stack: &mut Vec<Frame>) {
        let elements = self.elements(f.node);
        let kind = f.key.map_or(ArrayKey::Unknown, |k| self.key(k).array);
        // Speechmatics keeps its words under `results`, each with a `type`.
        let typed = kind == ArrayKey::Lines && self.typed_words(&elements);
        if kind != ArrayKey::Lines || typed {
            let keyed = kind == ArrayKey::Words || typed;
            self.word_array(&elements, f.speaker, keyed);
        }
        let at = stack.len();
        for e in elements {
            if !self.tape[e].used {
                stack.push(Frame { node: e, parent: None, ..f });
            }
        }
        stack[at..].reverse();
    }

    /// A form field as a name and a value (a HAR file's `{"name": "cvv",
    /// "value": "123"}`, a ticket's custom field `{"label": "Security
    /// code", "value": "771"}`): one field, the name as its label (`cvv =
    /// 123`), not a speaker's turn nor a value with no key. The name must
    /// have a letter (a numeric id labels nothing). Returns true if
    /// `members` is one; both strings are then used.
    fn property(&mut self, members: &[(usize, usize)]) -> bool {
        let Some((name, value)) = self.pair_of(members) else { return false };
        self.tape[name].used = true;
        self.tape[value].used = true;
        let b = &mut self.fields;
        push_key(b, self.text, &self.tape[name]);
        b.synth(" = ");
        push_str(b, self.text, &self.tape[value]);
        b.synth("\n\n");
        true
    }

    /// The name and the value of object `members` if it is a form field
    /// (see [`Walker::property`]), neither used yet.
    fn pair_of(&self, members: &[(usize, usize)]) -> Option<(usize, usize)> {
        let find = |name: bool| {
            members.iter().find_map(|&(k, v)| {
                (self.key(k).pair == Some(name) && !self.tape[v].used)
                    .then_some(v)
            })
        };
        let (name, value) = (find(true)?, find(false)?);
        let named = self.tape[name].kind == Kind::Str
            && self.stats(name).chars <= 64
            && self.chars(name).any(char::is_alphabetic);
        let scalar = matches!(self.tape[value].kind, Kind::Str | Kind::Number);
        (named && scalar).then_some((name, value))
    }

    /// An IVR's step logged as one object, its prompt and what the caller
    /// said or keyed in (Twilio's `<Gather>`: `"prompt": "Please say the
    /// security code"`, `"SpeechResult": "132"` or `"Digits": "132"`): two
    /// turns, the agent's and the customer's, so that the prompt is the
    /// question the answer answers. Both strings are then used.
    fn prompt_and_answer(&mut self, members: &[(usize, usize)]) {
        let find = |w: &Self, prompt: bool| {
            members.iter().find_map(|&(k, v)| {
                (w.key(k).step == Some(prompt) && w.is_text(v)).then_some(v)
            })
        };
        let (prompt, answer) = (find(self, true), find(self, false));
        let (Some(prompt), Some(answer)) = (prompt, answer) else { return };
        for (who, v) in [("agent", prompt), ("customer", answer)] {
            let s = self.speakers.get(who.to_string());
            let label = self.speakers.label(s);
            self.turns.synth(label);
            self.turns.synth(": ");
            push_str(&mut self.turns, self.text, &self.tape[v]);
            self.turns.synth("\n");
            self.tape[v].used = true;
            self.turn_pieces.push(v);
        }
    }

    /// Returns true if `elements` are word items by their `type`: objects
    /// that each say `"type": "word"` or `"punctuation"` (Speechmatics'
    /// `results`), a word at least.
    fn typed_words(&self, elements: &[usize]) -> bool {
        let mut words = 0;
        let all = elements.iter().all(|&e| {
            self.tape[e].kind == Kind::Object
                && self.members(e).iter().any(|&(k, v)| {
                    let value = self.raw(v);
                    let typed = self.raw(k) == "type"
                        && self.tape[v].kind == Kind::Str
                        && matches!(
                            value,
                            "word" | "punctuation" | "text" | "punct"
                        );
                    words +=
                        usize::from(typed && matches!(value, "word" | "text"));
                    typed
                })
        });
        all && words > 0
    }

    /// The speaker of a word item that keeps it in its first alternative
    /// (Speechmatics: `{"alternatives": [{"content": "four", "speaker":
    /// "S2"}]}`).
    fn alternative_speaker(
        &mut self,
        members: &[(usize, usize)],
    ) -> Option<u32> {
        let alts = members.iter().find_map(|&(k, v)| {
            (self.key(k).role == Role::Alternatives
                && self.tape[v].kind == Kind::Array)
                .then_some(v)
        })?;
        let first = *self.elements(alts).first()?;
        if self.tape[first].kind != Kind::Object {
            return None;
        }
        let inner = self.members(first);
        self.speaker_of(&inner).map(|s| s.0)
    }

    /// The word of word object `e` (its best text-like string, or that of
    /// its first `alternatives` entry) and its other renderings, which are
    /// pushed to `shadows`.
    fn word_of(
        &self,
        e: usize,
        shadows: &mut Vec<usize>,
    ) -> Option<(usize, bool)> {
        let members = self.members(e);
        // A form field's value is no word.
        if self.pair_of(&members).is_some() {
            return None;
        }
        let mut texts: Vec<(u8, usize)> = Vec::new();
        for &(k, v) in &members {
            if let Role::Text(p) = self.key(k).role {
                if self.is_text(v) {
                    texts.push((p, v));
                }
            }
        }
        if texts.is_empty() {
            // AWS Transcribe: {"alternatives": [{"content": "four"}], ...}
            let alts = members.iter().find_map(|&(k, v)| {
                (self.key(k).role == Role::Alternatives
                    && self.tape[v].kind == Kind::Array)
                    .then_some(v)
            })?;
            for (i, alt) in self.elements(alts).into_iter().enumerate() {
                if self.tape[alt].kind != Kind::Object {
                    continue;
                }
                for (k, v) in self.members(alt) {
                    if let Role::Text(p) = self.key(k).role {
                        if self.is_text(v) {
                            // The first alternative's words come first.
                            texts.push((p + if i == 0 { 0 } else { 64 }, v));
                        }
                    }
                }
            }
        }
        texts.sort_unstable();
        let (&(p, first), others) = texts.split_first()?;
        shadows.extend(others.iter().map(|&(_, v)| v));
        // Keyed as a word, or a word item with alternatives.
        let word = p >= 64
            || matches!(TEXT_KEYS[usize::from(p)], "punctuatedword" | "word")
            || !members
                .iter()
                .any(|&(k, _)| matches!(self.key(k).role, Role::Text(_)));
        Some((first, word))
    }

    /// If `elements` are word objects, writes their words as lines and
    /// marks them used.
    fn word_array(
        &mut self,
        elements: &[usize],
        inherited: Option<u32>,
        keyed: bool,
    ) {
        if elements.is_empty()
            || elements.iter().any(|&e| self.tape[e].kind != Kind::Object)
        {
            return;
        }
        let mut words: Vec<Word> = Vec::new();
        let mut shadows: Vec<usize> = Vec::new();
        let (mut single, mut named) = (0, false);
        for &e in elements {
            let start = shadows.len();
            let Some((node, word_key)) = self.word_of(e, &mut shadows) else {
                continue;
            };
            // Keyed as a word, and one: not a whole transcript under
            // `alternatives` (Deepgram's `channels[].alternatives[]`).
            let one = self.stats(node).words <= 1;
            named |= word_key && one;
            single += usize::from(one);
            let members = self.members(e);
            let speaker = match self.speaker_of(&members) {
                Some(s) => Some(s.0),
                None => self.alternative_speaker(&members).or(inherited),
            };
            words.push(Word { node, shadows: start..shadows.len(), speaker });
        }
        // Words, not sentences: keyed as words, or nearly all one token.
        if words.is_empty()
            || !(keyed || named || single * 4 >= words.len() * 3)
        {
            return;
        }
        let all_spoken = words.iter().all(|w| w.speaker.is_some());
        let lines = if all_spoken {
            1 + words
                .windows(2)
                .filter(|p| p[0].speaker != p[1].speaker)
                .count()
        } else {
            1
        };
        let b = &mut self.words;
        // A conversation of its own (not one line of a turn) stands apart.
        let apart = lines > 1;
        if apart && !b.is_empty() && !b.text().ends_with("\n\n") {
            b.synth("\n");
        }
        let mut line: Option<Option<u32>> = None;
        for w in &words {
            let speaker = if all_spoken { w.speaker } else { None };
            let fresh = line != Some(speaker);
            if fresh {
                if line.is_some() {
                    b.synth("\n");
                }
                if let Some(s) = speaker {
                    b.synth(self.speakers.label(s));
                    b.synth(": ");
                }
                line = Some(speaker);
            }
            let n = self.tape[w.node];
            let raw = self.text.get(n.span().range()).unwrap_or("");
            let punct = !json::chars(raw, 0).any(|c| c.c.is_alphanumeric());
            if !fresh && !punct {
                b.synth(" ");
            }
            let v0 = b.len();
            push_str(b, self.text, &n);
            let virt = Span::new(v0, b.len());
            for &s in &shadows[w.shadows.clone()] {
                b.shadow(virt, self.tape[s].span());
                self.tape[s].used = true;
            }
            self.tape[w.node].used = true;
            if all_spoken {
                self.word_pieces.push(w.node);
            } else {
                self.loose_words.push(w.node);
            }
        }
        if line.is_some() {
            b.synth("\n");
        }
        if apart {
            b.synth("\n");
        }
        if !all_spoken {
            self.loose_groups.push(self.loose_words.len());
        }
    }

    /// Finds the paragraphs that are another copy of the turns or of the
    /// words (a whole transcript next to its turns, as AWS Transcribe,
    /// AssemblyAI and Deepgram write it) and returns, for each turn or
    /// word found in one, its bytes and the same bytes in the paragraph.
    /// A finding in a turn is then redacted in the copy too, even where
    /// the copy alone, with no speakers, would not show it.
    ///
    /// A paragraph is a copy when the pieces, in order, cover all of its
    /// letters and digits, with only spaces and punctuation between them.
    /// Each piece is looked for in a short window after the previous one,
    /// and the bytes searched in all are bounded by a few times the text,
    /// so this stays linear; a paragraph not matched is simply read on its
    /// own, as it always is.
    fn mirror(&self) -> Vec<(Span, Span)> {
        let mut budget = 4 * self.text.len() + 4096;
        let mut out = self.mirror_words(&mut budget);
        let mut done = vec![false; self.paragraphs.len()];
        for pieces in [&self.turn_pieces, &self.word_pieces, &self.loose_words]
        {
            if pieces.is_empty() {
                continue;
            }
            // Pieces by their first word, to find where a copy starts.
            let mut starts: HashMap<&str, Vec<usize>> = HashMap::new();
            for (i, &p) in pieces.iter().enumerate() {
                let first = self.raw(p).split_whitespace().next();
                if let Some(w) = first {
                    let e = starts.entry(w).or_default();
                    if e.len() < 8 {
                        e.push(i);
                    }
                }
            }
            for (i, &para) in self.paragraphs.iter().enumerate() {
                if done[i] {
                    continue;
                }
                let raw = self.raw(para);
                let Some(first) = raw.split_whitespace().next() else {
                    continue;
                };
                for &start in starts.get(first).into_iter().flatten() {
                    if budget == 0 {
                        return out;
                    }
                    let found =
                        self.align(para, &pieces[start..], &mut budget);
                    if !found.is_empty() {
                        out.extend(found);
                        done[i] = true;
                        break;
                    }
                }
            }
        }
        out
    }

    /// Finds the arrays of words with no speakers that repeat a run of the
    /// words with speakers (Google Speech-to-Text gives the words of each
    /// result, then all of them again with their speaker), and returns,
    /// for each such word, its copy among the words with speakers and its
    /// own bytes: what is found in the conversation is hidden in the copy.
    fn mirror_words(&self, budget: &mut usize) -> Vec<(Span, Span)> {
        let mut out = Vec::new();
        if self.word_pieces.is_empty() || self.loose_words.is_empty() {
            return out;
        }
        let word = |p: usize| self.raw(p).trim();
        let mut starts: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, &p) in self.word_pieces.iter().enumerate() {
            let e = starts.entry(word(p)).or_default();
            if e.len() < 64 {
                e.push(i);
            }
        }
        let mut from = 0;
        for &end in &self.loose_groups {
            let group = &self.loose_words[from..end];
            from = end;
            let Some(&first) = group.first() else { continue };
            for &at in starts.get(word(first)).into_iter().flatten() {
                let Some(run) = self.word_pieces.get(at..at + group.len())
                else {
                    continue;
                };
                *budget = budget.saturating_sub(group.len());
                if *budget == 0 {
                    return out;
                }
                if run.iter().zip(group).all(|(&a, &b)| word(a) == word(b)) {
                    out.extend(run.iter().zip(group).map(|(&a, &b)| {
                        (self.tape[a].span(), self.tape[b].span())
                    }));
                    break;
                }
            }
        }
        out
    }

    /// Aligns `pieces` in order with the string `para`: returns the
    /// (piece, copy) byte spans if they cover all of its letters and
    /// digits, else nothing.
    fn align(
        &self,
        para: usize,
        pieces: &[usize],
        budget: &mut usize,
    ) -> Vec<(Span, Span)> {
        let text = self.raw(para);
        let at = self.tape[para].start as usize;
        let mut out = Vec::new();
        let mut pos = 0;
        let mut misses = 0;
        let gap_ok = |s: &str| !s.chars().any(char::is_alphanumeric);
        for &p in pieces {
            let rest = text.get(pos..).unwrap_or("");
            if misses >= 8 || !rest.chars().any(char::is_alphanumeric) {
                break;
            }
            let r = self.raw(p);
            let lead = r.len() - r.trim_start().len();
            let r_trim = r.trim();
            if r_trim.is_empty() {
                continue;
            }
            let mut end = (pos + 64 + r_trim.len()).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            let Some(window) = text.get(pos..end) else { break };
            *budget = budget.saturating_sub(window.len() + r.len());
            if *budget == 0 {
                return Vec::new();
            }
            match window.find(r_trim) {
                Some(q) if window.get(..q).is_some_and(gap_ok) => {
                    let src = self.tape[p].start as usize + lead;
                    out.push((
                        Span::new(src, src + r_trim.len()),
                        Span::new(at + pos + q, at + pos + q + r_trim.len()),
                    ));
                    pos += q + r_trim.len();
                    misses = 0;
                }
                _ => misses += 1,
            }
        }
        if out.is_empty() || !text.get(pos..).is_some_and(gap_ok) {
            return Vec::new();
        }
        out
    }

    /// Writes scalar `node` (the value of `key`) as its own paragraph,
    /// unless it cannot hold a secret.
    /// Writes string or number `node`, the value of `key` in an object
    /// that is itself the value of `parent`.
    fn scalar(
        &mut self,
        node: usize,
        key: Option<usize>,
        parent: Option<usize>,
    ) {
        let n = self.tape[node];
        if n.used || !matches!(n.kind, Kind::Str | Kind::Number) {
            return;
        }
        let s = self.stats(node);
        let metadata = key.is_some_and(|k| self.key(k).metadata);
        // A number with a fraction or an exponent is a measure (a time, a
        // score, an amount), never a card, an SSN, a code or a date.
        let measure = n.kind == Kind::Number
            && self.raw(node).bytes().any(|b| matches!(b, b'.' | b'e' | b'E'));
        if measure || inert(s, metadata) {
            return;
        }
        self.tape[node].used = true;
        // A string of a list of messages (`"transcript": ["Hi", "5325
        // 2170", ...]`) or under a text-like key is a text however short:
        // read with the messages around it, not as a field.
        let textual = key.is_some_and(|k| {
            let info = self.key(k);
            matches!(info.role, Role::Text(_)) || info.array == ArrayKey::Lines
        });
        let long = s.words >= 5 || s.chars > 64 || textual;
        if long && n.kind == Kind::Str {
            self.paragraphs.push(node);
        }
        if long {
            self.close_lines();
        }
        // A numbered part says what it is a part of by its object's key:
        // `{"card": {"part1": "4539", "part2": ...}}` reads `card part1 =
        // 4539`.
        let whole = parent.filter(|&p| {
            key.is_some_and(|k| {
                self.raw(k).ends_with(|c: char| c.is_ascii_digit())
            }) && !self.key(p).metadata
                && !self.key(p).secret
        });
        let b = if long { &mut self.texts } else { &mut self.fields };
        if let (Some(k), false) = (key, long) {
            if let Some(p) = whole {
                push_key(b, self.text, &self.tape[p]);
                b.synth(" ");
            }
            push_key(b, self.text, &self.tape[k]);
            b.synth(" = ");
        }
        push_str(b, self.text, &n);
        b.synth("\n\n");
    }

    /// Writes a key as its own paragraph if it could itself hold a secret
    /// (`{"4111111111111111": {...}}`); not a UUID (Deepgram's
    /// `model_info`).
    fn key_itself(&mut self, k: usize) {
        if self.key(k).secret {
            push_str(&mut self.fields, self.text, &self.tape[k]);
            self.fields.synth("\n\n");
        }
    }
}

/// Writes the content of string (or number) `node`, decoding escapes.
fn push_str(b: &mut Builder, text: &str, node: &Node) {
    let at = node.start as usize;
    let Some(raw) = text.get(node.span().range()) else { return };
    if !node.escaped {
        b.source(at, raw);
        return;
    }
    let mut run = 0;
    for c in json::chars(raw, at) {
        if c.escape {
            b.source(at + run, raw.get(run..c.span.start - at).unwrap_or(""));
            b.atom(c.span, c.c);
            run = c.span.end - at;
        }
    }
    b.source(at + run, raw.get(run..).unwrap_or(""));
}

/// Writes a key as a label: `_` and `.` as spaces, and a space where
/// camelCase starts a word (`securityCode` reads "security Code").
fn push_key(b: &mut Builder, text: &str, node: &Node) {
    let at = node.start as usize;
    let Some(raw) = text.get(node.span().range()) else { return };
    if node.escaped {
        push_str(b, text, node);
        return;
    }
    let bytes = raw.as_bytes();
    let mut run = 0;
    for (i, &c) in bytes.iter().enumerate() {
        let camel = i > 0
            && c.is_ascii_uppercase()
            && (bytes[i - 1].is_ascii_lowercase()
                || bytes[i - 1].is_ascii_digit());
        if c == b'_' || c == b'.' || camel {
            b.source(at + run, raw.get(run..i).unwrap_or(""));
            run = i;
            if camel {
                b.synth(" ");
            } else {
                b.copy_byte(at + i, b' ');
                run = i + 1;
            }
        }
    }
    b.source(at + run, raw.get(run..).unwrap_or(""));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [META_WORDS, HINT_WORDS, ROLE_NAMES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn whole_conversations_in_one_value() {
        assert!(holds_turns(r#""Visitor: i want to pay\nAgent: Sure""#));
        assert!(holds_turns(r#""hi\nJane Doe: card?\nspk_1: 4111""#));
        assert!(!holds_turns(r#""Visitor: 4539 1488\n0343 6467""#));
        assert!(!holds_turns(r#""pmt card:\n4290\nexp: 09/25""#));
        assert!(!holds_turns(r#""note: one: two""#));
    }

    #[test]
    fn key_roles() {
        assert_eq!(role("ParticipantId"), Role::Speaker(9));
        assert_eq!(role("speaker_label"), Role::Speaker(5));
        assert_eq!(role("Content"), Role::Text(6));
        assert_eq!(role("punctuated_word"), Role::Text(0));
        assert_eq!(role("channel"), Role::Channel(1));
        assert_eq!(role("alternatives"), Role::Alternatives);
        assert_eq!(role("start_time"), Role::Other);
        assert_eq!(
            role("a very long key that is not a role at all"),
            Role::Other
        );
        assert_eq!(role("caf\\u00e9"), Role::Other);
    }

    #[test]
    fn key_words_split_case_and_separators() {
        let words = |k| key_words(k).collect::<Vec<_>>();
        assert_eq!(words("BeginOffsetMillis"), ["Begin", "Offset", "Millis"]);
        assert_eq!(words("speaker_label"), ["speaker", "label"]);
        assert_eq!(words("securityCode"), ["security", "Code"]);
        assert_eq!(words("ID"), ["ID"]);
        assert_eq!(words("cardID"), ["card", "ID"]);
        assert_eq!(words("__x--y"), ["x", "y"]);
        assert_eq!(words(""), Vec::<&str>::new());
    }

    #[test]
    fn metadata_keys() {
        for k in [
            "start_time",
            "end",
            "confidence",
            "BeginOffsetMillis",
            "Id",
            "speaker_confidence",
            "type",
            "t",
            "LoudnessScore",
            "language",
        ] {
            assert!(is_metadata(k), "{k}");
        }
        for k in [
            "cvv",
            "card_id",
            "exp_month",
            "language_code",
            "ssn",
            "notes",
            "amount",
            "phone_number",
            "SecurityCodeTimestamp",
        ] {
            assert!(!is_metadata(k), "{k}");
        }
    }

    fn st(s: &str) -> Stats {
        stats(s.chars())
    }

    #[test]
    fn what_cannot_hold_a_secret() {
        // Left out under any key.
        assert!(inert(st(""), false));
        assert!(inert(st("  "), false));
        assert!(inert(st("pronunciation"), false));
        assert!(inert(st("en-US"), false));
        // Kept under an ordinary key.
        assert!(!inert(st("123"), false));
        assert!(!inert(st("09/27"), false));
        assert!(!inert(st("four one one one"), false));
        // Left out under a metadata key: short values.
        assert!(inert(st("12.075"), true));
        assert!(inert(st("0.998"), true));
        assert!(inert(st("spk_0"), true));
        assert!(inert(st("12345678"), true));
        assert!(inert(st("f36a545d-67b2-4fd4-89fb-896136b609a7"), true));
        // Never for the key's name alone when it could hold a card or SSN.
        assert!(!inert(st("123456789"), true));
        assert!(!inert(st("4111111111111111"), true));
        assert!(!inert(st("1767225600000"), true));
        assert!(!inert(st("eleven eleven eleven eleven eleven"), true));
        assert!(!inert(st("４１１１１１１１１"), true));
    }

    #[test]
    fn uuids() {
        assert!(st("f36a545d-67b2-4fd4-89fb-896136b609a7").uuid);
        assert!(!st("f36a545d-67b2-4fd4-89fb-896136b609a").uuid);
        assert!(!st("f36a545d667b2-4fd4-89fb-896136b609a7").uuid);
        assert!(!st("4111-1111-1111-1111").uuid);
    }

    #[test]
    fn speaker_labels() {
        let mut s = Speakers::default();
        let a = s.get("agent".into());
        let h = s.get("human_agent".into());
        let unused = s.get("ch_0".into());
        let c = s.get("spk_0".into());
        let d = s.get("spk_1".into());
        assert_eq!(s.get("agent".into()), a);
        assert_eq!(s.label(a), "Agent");
        // Two values naming one role are two speakers.
        assert_eq!(s.label(h), "Agent 2");
        // Labels are given in order of first use.
        assert_eq!(s.label(d), "Speaker A");
        assert_eq!(s.label(c), "Speaker B");
        assert_eq!(s.label(d), "Speaker A");
        let mut last = String::new();
        for i in 0..30 {
            let x = s.get(format!("x{i}"));
            last = s.label(x).to_string();
        }
        assert_eq!(last, "Speaker AF");
        assert!(s.labels[unused as usize].is_none());
    }
}
