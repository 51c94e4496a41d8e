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
    /// Per gold item: (units left readable, units that had to be hidden),
    /// where a unit is one digit or one number word (or month name, for an
    /// expiry) inside the item's spans; (0, 0) for ignored items.
    pub readable: Vec<(usize, usize)>,
}

/// Words that carry digits when spoken: number words, "double"/"triple",
/// and the spellings speech recognisers write for digits ("for"/"far"/
/// "fore" for four, "to"/"too" for two, "won" for one, "ate"/"aid"/"made"
/// for eight, "free"/"there" for three, "mine" for nine, "of"/"or"/"our"
/// for oh). They count only inside a gold span, where they stand for a
/// digit of the secret.
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
            | "naught"
            | "far"
            | "aid"
            | "made"
            | "free"
            | "there"
            | "mine"
            | "of"
            | "or"
            | "our"
    ) || is_spanish_number_word(w)
}

/// Spanish number words, with and without accents: a Spanish speaker's
/// card read digit by digit ("cuatro cinco"), in pairs ("cuarenta y
/// cinco") or in hundreds ("trescientos ochenta y siete"). Without them an
/// item said in Spanish had no unit to hide and counted as caught while
/// every word of it stayed readable.
fn is_spanish_number_word(w: &str) -> bool {
    matches!(
        w,
        "cero"
            | "uno"
            | "un"
            | "una"
            | "dos"
            | "tres"
            | "cuatro"
            | "cinco"
            | "seis"
            | "siete"
            | "ocho"
            | "nueve"
            | "diez"
            | "once"
            | "doce"
            | "trece"
            | "catorce"
            | "quince"
            | "dieciséis"
            | "dieciseis"
            | "diecisiete"
            | "dieciocho"
            | "diecinueve"
            | "veinte"
            | "veintiuno"
            | "veintiún"
            | "veintiun"
            | "veintidós"
            | "veintidos"
            | "veintitrés"
            | "veintitres"
            | "veinticuatro"
            | "veinticinco"
            | "veintiséis"
            | "veintiseis"
            | "veintisiete"
            | "veintiocho"
            | "veintinueve"
            | "treinta"
            | "cuarenta"
            | "cincuenta"
            | "sesenta"
            | "setenta"
            | "ochenta"
            | "noventa"
            | "cien"
            | "ciento"
            | "doscientos"
            | "trescientos"
            | "cuatrocientos"
            | "quinientos"
            | "seiscientos"
            | "setecientos"
            | "ochocientos"
            | "novecientos"
            | "mil"
            | "doble"
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
            | "enero"
            | "febrero"
            | "marzo"
            | "abril"
            | "mayo"
            | "junio"
            | "julio"
            | "agosto"
            | "septiembre"
            | "setiembre"
            | "octubre"
            | "noviembre"
            | "diciembre"
    )
}

/// The byte ranges inside the spans of one item that must be redacted
/// for it to count as caught: each digit (ASCII or any other script's:
/// `４`, `٤`, `४`), and each number word (or month name, for an expiry).
/// An item with none of these (a number in words of a language the lists
/// do not know) must have every word hidden: it is not caught for want of
/// something to look at.
fn must_hide(
    text: &str,
    spans: &[Range<usize>],
    kind: Kind,
) -> Vec<Range<usize>> {
    let units = |every_word| {
        spans
            .iter()
            .flat_map(|s| units_in(text, s.clone(), kind, every_word))
            .collect::<Vec<_>>()
    };
    let found = units(false);
    if found.is_empty() { units(true) } else { found }
}

/// The units of [`must_hide`] in `span`; with `every_word`, every word.
fn units_in(
    text: &str,
    span: Range<usize>,
    kind: Kind,
    every_word: bool,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let s = &text[span.clone()];
    let mut word_start: Option<usize> = None;
    let flush = |start: usize, end: usize, out: &mut Vec<Range<usize>>| {
        let w = s[start..end].to_lowercase();
        if every_word
            || is_number_word(&w)
            || (kind == Kind::Expiry && is_month(&w))
        {
            out.push(span.start + start..span.start + end);
        }
    };
    for (i, c) in s.char_indices() {
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
    let parts: Vec<(Range<usize>, Kind)> = findings
        .iter()
        .flat_map(|f| f.parts().iter().map(move |p| (p.range(), f.kind())))
        .collect();
    judge_parts(text, golds, &parts)
}

/// Judges redacted byte ranges, each with the kind of its finding, on
/// `text` against `golds`: the rules of [`judge`], on plain data.
pub fn judge_parts(
    text: &str,
    golds: &[Gold],
    parts: &[(Range<usize>, Kind)],
) -> Verdict {
    // Which finding kind covers each byte, if any.
    let mut cover: Vec<Option<Kind>> = vec![None; text.len()];
    for (range, kind) in parts {
        for b in range.clone() {
            if let Some(c) = cover.get_mut(b) {
                *c = Some(*kind);
            }
        }
    }
    let mut v = Verdict::default();
    for g in golds {
        let Some(kind) = g.kind else {
            v.caught.push(true);
            v.right_kind.push(true);
            v.readable.push((0, 0));
            continue;
        };
        let mut caught = true;
        let mut right = true;
        let (mut readable, mut units) = (0, 0);
        {
            for r in must_hide(text, &g.spans, kind) {
                units += 1;
                let mut unit_hidden = true;
                for b in r {
                    match cover[b] {
                        None => unit_hidden = false,
                        Some(k) if k != kind => right = false,
                        Some(_) => {}
                    }
                }
                if !unit_hidden {
                    caught = false;
                    readable += 1;
                }
            }
        }
        v.caught.push(caught);
        v.right_kind.push(caught && right);
        v.readable.push((readable, units));
    }
    // Merge redacted spans that overlap or touch.
    let mut ranges: Vec<Range<usize>> =
        parts.iter().map(|(r, _)| r.clone()).collect();
    ranges.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for p in ranges {
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
    /// kind name -> (units left readable, units), a unit being one digit
    /// or number word of a gold item (see [`Verdict::readable`]).
    pub readable: BTreeMap<&'static str, (usize, usize)>,
    /// kind name -> (items with a unit left readable, the largest share of
    /// an item left readable, as (readable, units)).
    pub leaky: BTreeMap<&'static str, (usize, (usize, usize))>,
    /// (kind name, variant) -> (caught, items)
    pub by_variant: BTreeMap<(&'static str, String), (usize, usize)>,
    pub true_merged: usize,
    pub merged: usize,
    pub over: usize,
}

impl Tally {
    pub fn add(&mut self, golds: &[Gold], v: &Verdict) {
        for ((g, caught), &(readable, units)) in
            golds.iter().zip(&v.caught).zip(&v.readable)
        {
            if let Some(k) = g.kind {
                let e = self.recall.entry(k.name()).or_default();
                e.0 += usize::from(*caught);
                e.1 += 1;
                let r = self.readable.entry(k.name()).or_default();
                r.0 += readable;
                r.1 += units;
                let l = self.leaky.entry(k.name()).or_default();
                if readable > 0 {
                    l.0 += 1;
                    // Compare shares without floats: a/b > c/d.
                    let (wr, wu) = l.1;
                    if wu == 0 || readable * wu > wr * units {
                        l.1 = (readable, units);
                    }
                }
                let key = (k.name(), g.variant.clone());
                let e = self.by_variant.entry(key).or_default();
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
        s.push_str(&self.leak_report());
        s
    }

    /// Per kind, the share of gold digits and number words left readable,
    /// how many items leak any of them, and the worst item.
    pub fn leak_report(&self) -> String {
        let mut s = String::new();
        for (k, (readable, units)) in &self.readable {
            let (items, (wr, wu)) =
                self.leaky.get(k).copied().unwrap_or_default();
            let all = self.recall.get(k).map_or(0, |e| e.1);
            let worst = if items > 0 {
                format!("; worst {wr}/{wu}")
            } else {
                String::new()
            };
            s.push_str(&format!(
                "{k:<7} readable {readable}/{units} digits and number words = {:.1}% ({items} of {all} items leak{worst})\n",
                100.0 * *readable as f64 / (*units).max(1) as f64
            ));
        }
        s
    }

    /// Recall per kind and variant, one line each, sorted.
    pub fn variant_report(&self) -> String {
        let mut s = String::new();
        let width = self
            .by_variant
            .keys()
            .map(|(_, v)| v.chars().count())
            .max()
            .unwrap_or(0)
            .max(7);
        s.push_str(&format!(
            "{:<7} {:<width$} {:>7} {:>6}\n",
            "kind", "variant", "caught", "recall"
        ));
        for ((k, variant), (caught, items)) in &self.by_variant {
            let variant = if variant.is_empty() { "-" } else { variant };
            s.push_str(&format!(
                "{k:<7} {variant:<width$} {:>7} {:>6.3}\n",
                format!("{caught}/{items}"),
                *caught as f64 / (*items).max(1) as f64
            ));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `needle`'s byte range in `text`.
    fn at(text: &str, needle: &str) -> Range<usize> {
        let i = text.find(needle).expect("needle in text");
        i..i + needle.len()
    }

    fn gold(kind: Kind, spans: Vec<Range<usize>>) -> Gold {
        Gold { kind: Some(kind), spans, variant: "v".to_string() }
    }

    #[test]
    fn counts_each_digit_and_number_word_left_readable() {
        let text = "card 4111 1111 1111 1111 ok";
        let g = gold(Kind::Card, vec![at(text, "4111 1111 1111 1111")]);
        // Only the first 14 characters (12 digits) are redacted.
        let hidden = at(text, "4111 1111 1111");
        let v = judge_parts(
            text,
            std::slice::from_ref(&g),
            &[(hidden, Kind::Card)],
        );
        assert_eq!(v.caught, [false]);
        assert_eq!(v.readable, [(4, 16)]);
        let v = judge_parts(text, &[g], &[]);
        assert_eq!(v.readable, [(16, 16)]);
    }

    #[test]
    fn recogniser_spellings_and_other_scripts_count_as_digits() {
        let text = "it's for won to ate and \u{0664}\u{0661}";
        let words = at(text, "for won to ate");
        let arabic = at(text, "\u{0664}\u{0661}");
        let golds =
            [gold(Kind::Cvv, vec![words]), gold(Kind::Cvv, vec![arabic])];
        // "for" and "won" hidden, "to ate" readable; the Arabic-Indic
        // digits are not hidden at all.
        let hidden = at(text, "for won");
        let v = judge_parts(text, &golds, &[(hidden, Kind::Cvv)]);
        assert_eq!(v.readable, [(2, 4), (2, 2)]);
        assert_eq!(v.caught, [false, false]);
    }

    #[test]
    fn spanish_number_words_count_and_unknown_words_all_count() {
        let text = "es cuarenta y cinco, once; exp siete del veintisiete";
        let card = at(text, "cuarenta y cinco, once");
        let exp = at(text, "siete del veintisiete");
        let golds =
            [gold(Kind::Card, vec![card]), gold(Kind::Expiry, vec![exp])];
        let v = judge_parts(text, &golds, &[]);
        // "y" and "del" are no digit.
        assert_eq!(v.readable, [(3, 3), (2, 2)]);
        assert_eq!(v.caught, [false, false]);
        // Words of a language no list knows: every word must be hidden.
        let text = "numero: quatre cinq";
        let g = gold(Kind::Cvv, vec![at(text, "quatre cinq")]);
        let v = judge_parts(text, std::slice::from_ref(&g), &[]);
        assert_eq!((v.caught[0], v.readable[0]), (false, (2, 2)));
    }

    #[test]
    fn a_fully_hidden_item_is_caught_and_leaks_nothing() {
        let text = "SSN 123-45-6789, call 555-867-5309";
        let g = gold(Kind::Ssn, vec![at(text, "123-45-6789")]);
        let v =
            judge_parts(text, &[g], &[(at(text, "123-45-6789"), Kind::Ssn)]);
        assert_eq!(v.caught, [true]);
        assert_eq!(v.readable, [(0, 9)]);
        assert!(v.false_positives.is_empty());
        assert_eq!(v.over, 0);
    }

    #[test]
    fn tally_reports_share_readable_and_recall_per_variant() {
        let text = "card 4111 1111 1111 1111 ok";
        let mut a = gold(Kind::Card, vec![at(text, "4111 1111 1111 1111")]);
        a.variant = "spaces".to_string();
        let mut tally = Tally::default();
        let golds = [a];
        let v = judge_parts(
            text,
            &golds,
            &[(at(text, "4111 1111 1111"), Kind::Card)],
        );
        tally.add(&golds, &v);
        let v = judge_parts(
            text,
            &golds,
            &[(at(text, "4111 1111 1111 1111"), Kind::Card)],
        );
        tally.add(&golds, &v);
        assert_eq!(tally.readable["card"], (4, 32));
        assert_eq!(tally.leaky["card"], (1, (4, 16)));
        assert_eq!(tally.by_variant[&("card", "spaces".to_string())], (1, 2));
        let report = tally.report();
        assert!(report.contains("card    readable 4/32 digits and number words = 12.5% (1 of 2 items leak; worst 4/16)"), "{report}");
        assert!(tally.variant_report().contains("spaces"));
    }

    #[test]
    fn a_redaction_touching_no_gold_is_a_false_positive() {
        let text = "order 4111111111111111 shipped";
        let v = judge_parts(
            text,
            &[],
            &[(at(text, "4111111111111111"), Kind::Card)],
        );
        assert_eq!(v.false_positives, [at(text, "4111111111111111")]);
        assert_eq!(v.over, 16);
    }
}
