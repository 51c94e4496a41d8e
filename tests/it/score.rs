//! Scoring: did a scan hide every gold item completely, and nothing else?
//!
//! The rules are those of `tests/data/corpus/README.md`: a gold item is
//! caught when every digit and every number word inside its spans (and the
//! month name of an expiry) is redacted; redacted spans that touch no gold
//! or ignored span are false positives; letters and digits redacted outside
//! every gold and ignored span are over-redaction.

use std::collections::BTreeMap;
use std::ops::Range;

use hush::{Finding, Kind};

/// One gold item: a secret of `kind`, or an ignored span (`kind: None`)
/// where redacting is neither required nor wrong.
#[derive(Clone, Debug)]
pub struct Gold {
    pub kind: Option<Kind>,
    /// UTF-8 byte ranges, one per fragment.
    pub spans: Vec<Range<usize>>,
    /// A label for reports: the variant or the case's own words.
    pub variant: String,
}

/// The verdict on one document.
#[derive(Debug, Default)]
pub struct Verdict {
    /// Per gold item (ignored ones included, always true): caught?
    pub caught: Vec<bool>,
    /// Per gold item: caught, and by findings of the right kind only?
    pub right_kind: Vec<bool>,
    /// Merged redacted spans that overlap no gold or ignored span.
    pub false_positives: Vec<Range<usize>>,
    /// Number of merged redacted spans.
    pub merged: usize,
    /// Letters and digits redacted outside every gold and ignored span.
    pub over: usize,
}

/// Words that carry digits when spoken, and month names.
fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "zero"
            | "oh"
            | "o"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "thirteen"
            | "fourteen"
            | "fifteen"
            | "sixteen"
            | "seventeen"
            | "eighteen"
            | "nineteen"
            | "twenty"
            | "thirty"
            | "forty"
            | "fifty"
            | "sixty"
            | "seventy"
            | "eighty"
            | "ninety"
            | "hundred"
            | "thousand"
            | "double"
            | "triple"
            | "for"
            | "fore"
            | "to"
            | "too"
            | "won"
            | "ate"
            | "nought"
    )
}

fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "jan"
            | "february"
            | "feb"
            | "march"
            | "mar"
            | "april"
            | "apr"
            | "may"
            | "june"
            | "jun"
            | "july"
            | "jul"
            | "august"
            | "aug"
            | "september"
            | "sep"
            | "sept"
            | "october"
            | "oct"
            | "november"
            | "nov"
            | "december"
            | "dec"
    )
}

/// The byte ranges inside `span` that must be redacted for the item to
/// count as caught: each digit (of any script), and each number word (or
/// month name, for an expiry).
fn must_hide(text: &str, span: Range<usize>, kind: Kind) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let s = &text[span.clone()];
    let mut word_start: Option<usize> = None;
    let flush = |start: usize, end: usize, out: &mut Vec<Range<usize>>| {
        let w = s[start..end].to_ascii_lowercase();
        if is_number_word(&w) || (kind == Kind::Expiry && is_month(&w)) {
            out.push(span.start + start..span.start + end);
        }
    };
    for (i, c) in s.char_indices() {
        // Digits of any script (`٤`, `４`), and ASCII ones.
        if c.is_numeric() {
            if let Some(ws) = word_start.take() {
                flush(ws, i, &mut out);
            }
            out.push(span.start + i..span.start + i + c.len_utf8());
        } else if c.is_alphabetic() {
            word_start.get_or_insert(i);
        } else if let Some(ws) = word_start.take() {
            flush(ws, i, &mut out);
        }
    }
    if let Some(ws) = word_start {
        flush(ws, s.len(), &mut out);
    }
    out
}

/// Judges `findings` on `text` against `golds`.
pub fn judge(text: &str, golds: &[Gold], findings: &[Finding]) -> Verdict {
    // Which finding kind covers each byte, if any.
    let mut cover: Vec<Option<Kind>> = vec![None; text.len()];
    for f in findings {
        for p in f.parts() {
            for b in p.range() {
                cover[b] = Some(f.kind());
            }
        }
    }
    let mut v = Verdict::default();
    for g in golds {
        let Some(kind) = g.kind else {
            v.caught.push(true);
            v.right_kind.push(true);
            continue;
        };
        let mut caught = true;
        let mut right = true;
        for span in &g.spans {
            for r in must_hide(text, span.clone(), kind) {
                for b in r {
                    match cover[b] {
                        None => caught = false,
                        Some(k) if k != kind => right = false,
                        Some(_) => {}
                    }
                }
            }
        }
        v.caught.push(caught);
        v.right_kind.push(caught && right);
    }
    // Merge redacted spans that overlap or touch.
    let mut parts: Vec<Range<usize>> = findings
        .iter()
        .flat_map(|f| f.parts().iter().map(|p| p.range()))
        .collect();
    parts.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for p in parts {
        match merged.last_mut() {
            Some(m) if p.start <= m.end => m.end = m.end.max(p.end),
            _ => merged.push(p),
        }
    }
    let all_gold: Vec<&Range<usize>> =
        golds.iter().flat_map(|g| &g.spans).collect();
    let inside_gold = |b: usize| all_gold.iter().any(|g| g.contains(&b));
    for m in &merged {
        let hits = all_gold.iter().any(|g| g.start < m.end && m.start < g.end);
        if !hits {
            v.false_positives.push(m.clone());
        }
        for (i, c) in text[m.clone()].char_indices() {
            if c.is_alphanumeric() && !inside_gold(m.start + i) {
                v.over += 1;
            }
        }
    }
    v.merged = merged.len();
    v
}

/// Converts code-point offsets to UTF-8 byte offsets.
pub fn byte_offsets(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    out.push(text.len());
    out
}

/// Per-kind totals over many documents.
#[derive(Debug, Default)]
pub struct Tally {
    /// kind name -> (caught, items)
    pub recall: BTreeMap<&'static str, (usize, usize)>,
    pub true_merged: usize,
    pub merged: usize,
    pub over: usize,
}

impl Tally {
    pub fn add(&mut self, golds: &[Gold], v: &Verdict) {
        for (g, caught) in golds.iter().zip(&v.caught) {
            if let Some(k) = g.kind {
                let e = self.recall.entry(k.name()).or_default();
                e.0 += usize::from(*caught);
                e.1 += 1;
            }
        }
        self.true_merged += v.merged - v.false_positives.len();
        self.merged += v.merged;
        self.over += v.over;
    }

    pub fn report(&self) -> String {
        let mut s = String::new();
        let (mut c, mut n) = (0, 0);
        for (k, (caught, items)) in &self.recall {
            c += caught;
            n += items;
            s.push_str(&format!(
                "{k:<7} recall {caught}/{items} = {:.3}\n",
                *caught as f64 / (*items).max(1) as f64
            ));
        }
        s.push_str(&format!(
            "all     recall {c}/{n} = {:.3}\n",
            c as f64 / n.max(1) as f64
        ));
        s.push_str(&format!(
            "precision {}/{} = {:.3} (merged redacted spans touching a gold or ignored span)\n",
            self.true_merged,
            self.merged,
            self.true_merged as f64 / self.merged.max(1) as f64
        ));
        s.push_str(&format!(
            "over-redaction {} letters and digits outside gold and ignored spans\n",
            self.over
        ));
        s
    }
}
