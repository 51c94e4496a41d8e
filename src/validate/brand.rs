//! Card brands: which issuer prefixes (IINs) exist and how long their card
//! numbers are. A digit run that passes Luhn but matches no brand here is not
//! treated as a card.

/// A card network.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Brand {
    /// Visa: 4, 13, 16 or 19 digits.
    Visa,
    /// Mastercard: 51-55 and 2221-2720, 16 digits.
    Mastercard,
    /// American Express: 34 and 37, 15 digits.
    Amex,
    /// Discover: 6011, 644-649 and 65, 16 to 19 digits.
    Discover,
    /// JCB: 3528-3589, 16 to 19 digits.
    Jcb,
    /// Diners Club: 300-305, 36, 38 and 39, 14 to 19 digits.
    Diners,
    /// UnionPay: 62, 16 to 19 digits.
    UnionPay,
    /// Maestro: 50 and 56-69, 12 to 19 digits.
    Maestro,
    /// UATP (airline cards): 1, 15 digits.
    Uatp,
    /// Mir: 2200-2204, 16 to 19 digits.
    Mir,
    /// RuPay: 508, 6521-6522, 81 (after UnionPay's 8100-8171) and 82, 16
    /// digits.
    RuPay,
    /// Troy: 9792, 16 digits.
    Troy,
    /// Verve: 506099-506198, 507865-507964 and 650002-650027; 16, 18 or 19
    /// digits.
    Verve,
    /// Elo: its own six-digit ranges inside 4, 5 and 6; 16 digits.
    Elo,
    /// Hipercard: 606282 and 3841; 16 to 19 digits.
    Hipercard,
    /// Dankort: 5019, 16 digits.
    Dankort,
    /// BORICA: 2205, 16 digits.
    Borica,
    /// GPN (Indonesia): 1946, 16, 18 or 19 digits.
    Gpn,
    /// UzCard: 8600, 16 digits.
    UzCard,
    /// Humo: 9860, 16 digits.
    Humo,
}

impl Brand {
    /// The brand's name as people write it.
    pub const fn name(self) -> &'static str {
        match self {
            Brand::Visa => "Visa",
            Brand::Mastercard => "Mastercard",
            Brand::Amex => "Amex",
            Brand::Discover => "Discover",
            Brand::Jcb => "JCB",
            Brand::Diners => "Diners Club",
            Brand::UnionPay => "UnionPay",
            Brand::Maestro => "Maestro",
            Brand::Uatp => "UATP",
            Brand::Mir => "Mir",
            Brand::RuPay => "RuPay",
            Brand::Troy => "Troy",
            Brand::Verve => "Verve",
            Brand::Elo => "Elo",
            Brand::Hipercard => "Hipercard",
            Brand::Dankort => "Dankort",
            Brand::Borica => "BORICA",
            Brand::Gpn => "GPN",
            Brand::UzCard => "UzCard",
            Brand::Humo => "Humo",
        }
    }

    /// The length of the card's security code: 4 for Amex, 3 for the rest.
    pub const fn cvv_len(self) -> usize {
        match self {
            Brand::Amex => 4,
            _ => 3,
        }
    }
}

/// One row of the brand table: numbers whose first `width` digits lie in
/// `lo..=hi` and whose length is in `lens`.
struct Row {
    width: usize,
    lo: u32,
    hi: u32,
    lens: (usize, usize),
    only: &'static [usize],
    brand: Brand,
}

/// The brand table, from the networks' published IIN ranges. More
/// specific rows come first, so 6011 is Discover before it is Maestro, 62 is
/// UnionPay before it is Maestro, and Elo's ranges inside 4 are Elo before
/// they are Visa.
#[rustfmt::skip]
const TABLE: &[Row] = &[
    // Elo, Verve, Hipercard and Dankort: six- and four-digit ranges inside
    // wider ones.
    Row { width: 6, lo: 401178, hi: 401179, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 431274, hi: 431274, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 438935, hi: 438935, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 451416, hi: 451416, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 457393, hi: 457393, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 457631, hi: 457632, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 504175, hi: 504175, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 506699, hi: 506778, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 509000, hi: 509999, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 627780, hi: 627780, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 636297, hi: 636297, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 636368, hi: 636368, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 650031, hi: 650051, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 650405, hi: 650439, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 650485, hi: 650598, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 650700, hi: 650727, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 650901, hi: 650978, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 651652, hi: 651679, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 655000, hi: 655058, lens: (16, 16), only: &[], brand: Brand::Elo },
    Row { width: 6, lo: 506099, hi: 506198, lens: (16, 19), only: &[16, 18, 19], brand: Brand::Verve },
    Row { width: 6, lo: 507865, hi: 507964, lens: (16, 19), only: &[16, 18, 19], brand: Brand::Verve },
    Row { width: 6, lo: 650002, hi: 650027, lens: (16, 19), only: &[16, 18, 19], brand: Brand::Verve },
    Row { width: 6, lo: 606282, hi: 606282, lens: (16, 19), only: &[], brand: Brand::Hipercard },
    Row { width: 4, lo: 3841, hi: 3841, lens: (16, 19), only: &[], brand: Brand::Hipercard },
    Row { width: 4, lo: 5019, hi: 5019, lens: (16, 16), only: &[], brand: Brand::Dankort },
    // The big networks.
    Row { width: 1, lo: 4, hi: 4, lens: (13, 19), only: &[13, 16, 19], brand: Brand::Visa },
    Row { width: 2, lo: 51, hi: 55, lens: (16, 16), only: &[], brand: Brand::Mastercard },
    Row { width: 4, lo: 2221, hi: 2720, lens: (16, 16), only: &[], brand: Brand::Mastercard },
    Row { width: 2, lo: 34, hi: 34, lens: (15, 15), only: &[], brand: Brand::Amex },
    Row { width: 2, lo: 37, hi: 37, lens: (15, 15), only: &[], brand: Brand::Amex },
    Row { width: 4, lo: 6011, hi: 6011, lens: (16, 19), only: &[], brand: Brand::Discover },
    Row { width: 3, lo: 644, hi: 649, lens: (16, 19), only: &[], brand: Brand::Discover },
    Row { width: 2, lo: 65, hi: 65, lens: (16, 19), only: &[], brand: Brand::Discover },
    Row { width: 4, lo: 3528, hi: 3589, lens: (16, 19), only: &[], brand: Brand::Jcb },
    // JCB's older ranges inside 30 and 31, and 3337-3349.
    Row { width: 4, lo: 3088, hi: 3094, lens: (16, 19), only: &[], brand: Brand::Jcb },
    Row { width: 4, lo: 3096, hi: 3102, lens: (16, 19), only: &[], brand: Brand::Jcb },
    Row { width: 4, lo: 3112, hi: 3120, lens: (16, 19), only: &[], brand: Brand::Jcb },
    Row { width: 4, lo: 3158, hi: 3159, lens: (16, 19), only: &[], brand: Brand::Jcb },
    Row { width: 4, lo: 3337, hi: 3349, lens: (16, 19), only: &[], brand: Brand::Jcb },
    Row { width: 3, lo: 300, hi: 305, lens: (14, 19), only: &[], brand: Brand::Diners },
    Row { width: 2, lo: 36, hi: 36, lens: (14, 19), only: &[], brand: Brand::Diners },
    Row { width: 2, lo: 38, hi: 39, lens: (14, 19), only: &[], brand: Brand::Diners },
    Row { width: 2, lo: 62, hi: 62, lens: (16, 19), only: &[], brand: Brand::UnionPay },
    Row { width: 4, lo: 8100, hi: 8171, lens: (16, 19), only: &[], brand: Brand::UnionPay },
    Row { width: 3, lo: 508, hi: 508, lens: (16, 16), only: &[], brand: Brand::RuPay },
    Row { width: 4, lo: 6521, hi: 6522, lens: (16, 16), only: &[], brand: Brand::RuPay },
    Row { width: 2, lo: 81, hi: 82, lens: (16, 16), only: &[], brand: Brand::RuPay },
    Row { width: 2, lo: 50, hi: 50, lens: (12, 19), only: &[], brand: Brand::Maestro },
    Row { width: 2, lo: 56, hi: 69, lens: (12, 19), only: &[], brand: Brand::Maestro },
    // Regional networks with prefixes of their own.
    Row { width: 4, lo: 2200, hi: 2204, lens: (16, 19), only: &[], brand: Brand::Mir },
    Row { width: 4, lo: 2205, hi: 2205, lens: (16, 16), only: &[], brand: Brand::Borica },
    Row { width: 4, lo: 1946, hi: 1946, lens: (16, 19), only: &[16, 18, 19], brand: Brand::Gpn },
    Row { width: 1, lo: 1, hi: 1, lens: (15, 15), only: &[], brand: Brand::Uatp },
    Row { width: 4, lo: 9792, hi: 9792, lens: (16, 16), only: &[], brand: Brand::Troy },
    Row { width: 4, lo: 8600, hi: 8600, lens: (16, 16), only: &[], brand: Brand::UzCard },
    Row { width: 4, lo: 9860, hi: 9860, lens: (16, 16), only: &[], brand: Brand::Humo },
];

/// Returns the brand whose prefix and length match `digits` (ASCII digits),
/// or `None`. The Luhn check is separate: see [`crate::validate::luhn`].
///
/// ```
/// use hush::validate::brand::{self, Brand};
/// assert_eq!(brand::of("4111111111111111"), Some(Brand::Visa));
/// assert_eq!(brand::of("2223003122003222"), Some(Brand::Mastercard));
/// assert_eq!(brand::of("7907620559877216"), None);
/// ```
pub fn of(digits: &str) -> Option<Brand> {
    of_bytes(digits.as_bytes())
}

/// [`of`] over bytes.
pub fn of_bytes(digits: &[u8]) -> Option<Brand> {
    let n = digits.len();
    if !(12..=19).contains(&n) || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    if !digits.get(..4).is_some_and(could_start) {
        return None;
    }
    // The number made of the first `w` digits, for each width a row uses
    // (at most 8), computed once.
    let mut prefixes = [0u32; 9];
    for (w, &b) in digits.iter().take(8).enumerate() {
        prefixes[w + 1] = prefixes[w] * 10 + u32::from(b - b'0');
    }
    TABLE.iter().find_map(|row| {
        let prefix = prefixes.get(row.width).copied().unwrap_or(u32::MAX);
        let len_ok = if row.only.is_empty() {
            (row.lens.0..=row.lens.1).contains(&n)
        } else {
            row.only.contains(&n)
        };
        (row.lo <= prefix && prefix <= row.hi && len_ok).then_some(row.brand)
    })
}

/// The rows of the brand table whose prefix the first digits of a number
/// match, found once for the windows of every length that start at the
/// same digit (see [`Head::brand`]).
#[derive(Clone, Copy, Debug)]
pub struct Head {
    /// One bit per row of the table, in its order.
    rows: u64,
}

// One bit per row.
const _: () = assert!(TABLE.len() <= 64);

/// For each number of two digits, the rows whose range of prefixes holds
/// numbers that start with those digits, one bit each.
static BY_TWO: [u64; 100] = by_two();

const fn by_two() -> [u64; 100] {
    let mut out = [0u64; 100];
    let mut r = 0;
    while r < TABLE.len() {
        let row = &TABLE[r];
        // The row's range cut (or padded) to two digits.
        let (lo, hi) = match row.width {
            1 => (row.lo * 10, row.hi * 10 + 9),
            w => {
                let scale = 10u32.pow(w as u32 - 2);
                (row.lo / scale, row.hi / scale)
            }
        };
        let mut p = lo;
        while p <= hi && p < 100 {
            out[p as usize] |= 1 << r;
            p += 1;
        }
        r += 1;
    }
    out
}

impl Head {
    /// The rows whose prefix `first` matches: the first eight digits of a
    /// number (all of them if it is shorter), as ASCII digits.
    pub fn new(first: &[u8]) -> Head {
        let mut prefixes = [u32::MAX; 9];
        prefixes[0] = 0;
        for (w, &b) in first.iter().take(8).enumerate() {
            prefixes[w + 1] =
                prefixes[w] * 10 + u32::from(b.wrapping_sub(b'0').min(9));
        }
        // Only the rows the first two digits allow are read.
        let mut maybe = match first.len() {
            0 | 1 => !0,
            _ => BY_TWO.get(prefixes[2] as usize).copied().unwrap_or(!0),
        };
        let mut rows = 0u64;
        while maybe != 0 {
            let r = maybe.trailing_zeros() as usize;
            maybe &= maybe - 1;
            let Some(row) = TABLE.get(r) else { break };
            let prefix = prefixes.get(row.width).copied().unwrap_or(u32::MAX);
            if row.lo <= prefix && prefix <= row.hi {
                rows |= 1 << r;
            }
        }
        Head { rows }
    }

    /// The brand of a number of `len` digits that starts with the digits
    /// given to [`Head::new`]: what [`of_bytes`] says of its digits, for a
    /// number of 12 to 19 ASCII digits whose first four may start a card
    /// ([`could_start`]).
    pub fn brand(self, len: usize) -> Option<Brand> {
        let mut rows = self.rows;
        while rows != 0 {
            let r = rows.trailing_zeros() as usize;
            rows &= rows - 1;
            let row = TABLE.get(r)?;
            let len_ok = if row.only.is_empty() {
                (row.lens.0..=row.lens.1).contains(&len)
            } else {
                row.only.contains(&len)
            };
            if len_ok {
                return Some(row.brand);
            }
        }
        None
    }
}

/// Returns true if some brand's numbers can start with `digits` (a prefix of
/// one to four ASCII digits). Used to prune candidates early.
pub fn could_start(digits: &[u8]) -> bool {
    if digits.is_empty() {
        return true;
    }
    let value = |b: u8| usize::from(b.wrapping_sub(b'0').min(9));
    let bit = |at: usize| {
        STARTS.get(at / 64).is_some_and(|word| word >> (at % 64) & 1 == 1)
    };
    // Four digits, as the card pass asks: their entry at once.
    if let &[a, b, c, d] = digits {
        return bit(1110
            + value(a) * 1000
            + value(b) * 100
            + value(c) * 10
            + value(d));
    }
    // Most windows fail on their first four digits: a table answers that
    // at once, and the rows are read only for longer prefixes.
    let w = digits.len().min(4);
    let Some(head) = digits.get(..w) else { return false };
    let key = head.iter().fold(0, |key, &b| key * 10 + value(b));
    // Prefixes of w digits start at entry 11...1 (w - 1 ones) * 10.
    if !bit([0, 10, 110, 1110][w - 1] + key) {
        return false;
    }
    digits.len() <= 4 || could_start_slow(digits)
}

/// Which prefixes of one to four digits some row allows, one bit each:
/// entries 0-9, then 10-109 (two digits, `10 + n`), 110-1109 and
/// 1110-11109.
// About 3M steps of constant evaluation, once, at compile time.
#[allow(long_running_const_eval)]
static STARTS: [u64; STARTS_WORDS] = starts();

const STARTS_BITS: usize = 11110;
const STARTS_WORDS: usize = STARTS_BITS.div_ceil(64);

const fn starts() -> [u64; STARTS_WORDS] {
    let mut out = [0u64; STARTS_WORDS];
    let mut w = 1;
    let mut start = 0;
    let mut count = 10;
    while w <= 4 {
        let mut n = 0;
        while n < count {
            let mut r = 0;
            while r < TABLE.len() {
                let row = &TABLE[r];
                let mut scale = 1u32;
                let mut k = w;
                while k < row.width {
                    scale *= 10;
                    k += 1;
                }
                let mut prefix = n as u32;
                let mut k = row.width;
                while k < w {
                    prefix /= 10;
                    k += 1;
                }
                if row.lo / scale <= prefix && prefix <= row.hi / scale {
                    let at = start + n;
                    out[at / 64] |= 1 << (at % 64);
                }
                r += 1;
            }
            n += 1;
        }
        start += count;
        count *= 10;
        w += 1;
    }
    out
}

fn could_start_slow(digits: &[u8]) -> bool {
    TABLE.iter().any(|row| {
        let w = row.width.min(digits.len());
        let prefix = digits[..w]
            .iter()
            .fold(0u32, |acc, &b| acc * 10 + u32::from(b - b'0'));
        let scale = 10u32.pow((row.width - w) as u32);
        // The row's range, cut to the first `w` digits.
        row.lo / scale <= prefix && prefix <= row.hi / scale
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `of_bytes` computes the prefixes of up to eight digits.
    #[test]
    fn every_row_is_at_most_eight_digits_wide() {
        assert!(TABLE.iter().all(|row| (1..=8).contains(&row.width)));
    }

    macro_rules! brand {
        ($name:ident, $digits:expr, $brand:expr) => {
            #[test]
            fn $name() {
                assert_eq!(of($digits), $brand, "{}", $digits);
            }
        };
    }

    brand!(visa_13, "4222222222222", Some(Brand::Visa));
    brand!(visa_16, "4111111111111111", Some(Brand::Visa));
    brand!(visa_19, "4111111111111111110", Some(Brand::Visa));
    brand!(visa_15_no, "411111111111111", None);
    brand!(mc_51, "5105105105105100", Some(Brand::Mastercard));
    brand!(mc_55, "5555555555554444", Some(Brand::Mastercard));
    brand!(mc_2221, "2221000000000009", Some(Brand::Mastercard));
    brand!(mc_2720, "2720990000000007", Some(Brand::Mastercard));
    brand!(mc_2721_no, "2721000000000000", None);
    brand!(mc_2220_no, "2220000000000000", None);
    brand!(mc_15_no, "555555555555444", None);
    brand!(amex_34, "343891733888562", Some(Brand::Amex));
    brand!(amex_37, "378282246310005", Some(Brand::Amex));
    brand!(amex_16_no, "3782822463100050", None);
    brand!(discover_6011, "6011111111111117", Some(Brand::Discover));
    brand!(discover_644, "6441111111111111", Some(Brand::Discover));
    brand!(discover_65_19, "6511111111111111111", Some(Brand::Discover));
    brand!(jcb, "3530111333300000", Some(Brand::Jcb));
    brand!(jcb_15_no, "353011133330000", None);
    brand!(diners_300, "30569309025904", Some(Brand::Diners));
    brand!(diners_36, "36954240055562", Some(Brand::Diners));
    brand!(diners_38, "38520000023237", Some(Brand::Diners));
    brand!(diners_306_no, "30669309025904", None);
    brand!(unionpay, "6263762135357915", Some(Brand::UnionPay));
    brand!(maestro_50_12, "501234567890", Some(Brand::Maestro));
    brand!(maestro_58, "5828341190299050", Some(Brand::Maestro));
    brand!(maestro_69, "6912345678901", Some(Brand::Maestro));
    brand!(uatp, "135410014004955", Some(Brand::Uatp));
    brand!(uatp_16_no, "1354100140049550", None);
    brand!(mir, "2200000000000004", Some(Brand::Mir));
    brand!(troy, "9792020000000001", Some(Brand::Troy));
    brand!(unionpay_81, "8171999927660000", Some(Brand::UnionPay));
    brand!(rupay_82, "8200000000000008", Some(Brand::RuPay));
    brand!(jcb_3088, "3088000000000017", Some(Brand::Jcb));
    brand!(elo_inside_visa, "4011780000000007", Some(Brand::Elo));
    brand!(elo_inside_visa_13_is_visa, "4011780000007", Some(Brand::Visa));
    brand!(verve_18, "506099000000000001", Some(Brand::Verve));
    brand!(hipercard, "6062828888666688", Some(Brand::Hipercard));
    brand!(dankort, "5019717010103742", Some(Brand::Dankort));
    brand!(epoch_ms_no, "1700000000000", None);
    brand!(zero_prefix_no, "0548764950288863095", None);
    brand!(nine_prefix_no, "9282793152687489", None);
    brand!(too_short, "41111111111", None);
    brand!(too_long, "41111111111111111111", None);

    #[test]
    fn could_start_table_agrees_with_the_rows() {
        for w in 1..=5u32 {
            for n in 0..10u32.pow(w) {
                let digits = format!("{n:0w$}", w = w as usize);
                let digits = digits.as_bytes();
                assert_eq!(
                    could_start(digits),
                    could_start_slow(digits),
                    "{}",
                    n
                );
            }
        }
    }

    /// The card pass asks once, of a window's first four digits, what it
    /// used to ask of each of its first one to four: that holds because a
    /// prefix no brand allows has no longer one that does.
    #[test]
    fn could_start_holds_for_every_shorter_prefix() {
        for n in 0..10_000u32 {
            let digits = format!("{n:04}");
            let digits = digits.as_bytes();
            if could_start(digits) {
                for w in 0..4 {
                    assert!(could_start(&digits[..w]), "{n} at {w}");
                }
            }
        }
    }

    #[test]
    fn could_start_prunes() {
        assert!(could_start(b"4"));
        assert!(could_start(b"22"));
        assert!(could_start(b"272"));
        assert!(!could_start(b"273"));
        assert!(could_start(b"1"));
        assert!(could_start(b"979"));
        assert!(could_start(b"986"));
        assert!(!could_start(b"91"));
        assert!(!could_start(b"7"));
        assert!(!could_start(b"0"));
        assert!(could_start(b"35"));
        assert!(!could_start(b"32"));
    }

    /// `Head` gives what `of_bytes` gives, for every row's prefix and
    /// numbers of every length, found once per start.
    #[test]
    fn a_head_gives_the_brand_of_every_length() {
        let mut firsts: Vec<Vec<u8>> = Vec::new();
        for row in TABLE {
            for p in [row.lo, row.hi, row.lo.saturating_sub(1), row.hi + 1] {
                let mut d = p.to_string().into_bytes();
                d.resize(8, b'0');
                firsts.push(d.clone());
                d.iter_mut().skip(row.width).for_each(|b| *b = b'9');
                firsts.push(d);
            }
        }
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            firsts.push(state.to_string().into_bytes()[..8].to_vec());
        }
        // Every row read, for heads of fewer than two digits and more.
        let reference = |first: &[u8], len: usize| {
            TABLE.iter().find_map(|row| {
                let prefix = first
                    .get(..row.width)?
                    .iter()
                    .fold(0u32, |a, &b| a * 10 + u32::from(b - b'0'));
                let len_ok = if row.only.is_empty() {
                    (row.lens.0..=row.lens.1).contains(&len)
                } else {
                    row.only.contains(&len)
                };
                (row.lo <= prefix && prefix <= row.hi && len_ok)
                    .then_some(row.brand)
            })
        };
        for first in &firsts {
            for w in 0..=8 {
                let head = Head::new(&first[..w]);
                for len in 12..=19 {
                    assert_eq!(head.brand(len), reference(&first[..w], len));
                }
            }
            let head = Head::new(first);
            for len in 12..=19 {
                let mut digits = first.clone();
                digits.resize(len, b'7');
                if could_start(&digits[..4]) {
                    let want = of_bytes(&digits);
                    assert_eq!(head.brand(len), want, "{digits:?}");
                }
            }
        }
    }
}
