//! The Luhn (mod 10) checksum that every payment card number carries in its
//! last digit.

/// Returns true if `digits` (ASCII `0-9` only, at least two) passes the
/// Luhn checksum. Any other byte makes it false.
///
/// ```
/// use hush::validate::luhn;
/// assert!(luhn::is_valid("4111111111111111"));
/// assert!(!luhn::is_valid("4111111111111112"));
/// ```
pub fn is_valid(digits: &str) -> bool {
    is_valid_bytes(digits.as_bytes())
}

/// [`is_valid`] over bytes.
pub fn is_valid_bytes(digits: &[u8]) -> bool {
    if digits.len() < 2 || !digits.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let d2 = d * 2;
                if d2 > 9 { d2 - 9 } else { d2 }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// The checksum of every window of a string of digits, each in constant
/// time: sums of the digits before each position, doubled at even
/// positions and at odd ones, kept mod 10. A card candidate is a window of
/// a run of digits, and a run of thousands of digits has thousands of them
/// (see `detect::card`).
///
/// ```
/// use hush::validate::luhn::{self, Windows};
/// let digits = b"04111111111111111x5";
/// let mut windows = Windows::default();
/// windows.fill(digits);
/// for s in 0..digits.len() {
///     for e in s..=digits.len() {
///         let want = luhn::is_valid_bytes(&digits[s..e]);
///         assert_eq!(windows.is_valid(s..e), want, "{s}..{e}");
///     }
/// }
/// ```
#[derive(Clone, Debug, Default)]
pub struct Windows {
    /// Per position, and one past the end: the sums of the digits before
    /// it and the count of other bytes, read together for a window's ends.
    at: Vec<Sums>,
}

/// The sums of the digits before a position, mod 10: `doubled[0]` with the
/// digits at even positions doubled, `doubled[1]` with those at odd ones;
/// and how many bytes before it are no ASCII digit.
#[derive(Clone, Copy, Debug, Default)]
struct Sums {
    doubled: [u8; 2],
    bad: u32,
}

impl Windows {
    /// Reads `digits`, forgetting what was read before (the memory stays).
    pub fn fill(&mut self, digits: &[u8]) {
        self.at.clear();
        self.at.reserve(digits.len() + 1);
        let mut sums = Sums::default();
        for (p, &b) in digits.iter().enumerate() {
            self.at.push(sums);
            let Some(d) = b.is_ascii_digit().then(|| b - b'0') else {
                sums.bad += 1;
                continue;
            };
            let doubled = if d > 4 { d * 2 - 9 } else { d * 2 };
            let (e, o) = if p % 2 == 0 { (doubled, d) } else { (d, doubled) };
            sums.doubled = [add(sums.doubled[0], e), add(sums.doubled[1], o)];
        }
        self.at.push(sums);
    }

    /// Forgets what was read, keeping the memory: the next
    /// [`fill_to`](Windows::fill_to) reads from the first digit.
    pub fn clear(&mut self) {
        self.at.clear();
    }

    /// Reads `digits` as far as position `end` (or their end), going on
    /// from where the reads since [`clear`](Windows::clear) stopped:
    /// [`is_valid`](Windows::is_valid) then answers for the windows that
    /// end by `end`, as after [`fill`](Windows::fill). For the windows at
    /// the start of long digits, which need no sums past them.
    ///
    /// ```
    /// use hush::validate::luhn::{self, Windows};
    /// let digits = b"4111111111111111 5555555555554444";
    /// let mut windows = Windows::default();
    /// windows.fill_to(digits, 16);
    /// assert!(windows.is_valid(0..16));
    /// assert!(!windows.is_valid(17..33));
    /// windows.fill_to(digits, 33);
    /// assert!(windows.is_valid(17..33));
    /// ```
    pub fn fill_to(&mut self, digits: &[u8], end: usize) {
        let end = end.min(digits.len());
        if self.at.is_empty() {
            // Room for all, once: not grown (and copied) as it goes on.
            self.at.reserve(digits.len() + 1);
            self.at.push(Sums::default());
        }
        // `at[p]` holds the sums before position `p`: the last one read is
        // the one to go on from.
        let mut p = self.at.len() - 1;
        let Some(&(mut sums)) = self.at.last() else { return };
        while p < end {
            if let Some(d) = digits.get(p).filter(|b| b.is_ascii_digit()) {
                let d = d - b'0';
                let doubled = if d > 4 { d * 2 - 9 } else { d * 2 };
                let (e, o) =
                    if p % 2 == 0 { (doubled, d) } else { (d, doubled) };
                sums.doubled =
                    [add(sums.doubled[0], e), add(sums.doubled[1], o)];
            } else {
                sums.bad += 1;
            }
            p += 1;
            self.at.push(sums);
        }
    }

    /// Returns true if the digits at `window` (positions in the digits
    /// read last) pass the check: what [`is_valid_bytes`] says of them.
    pub fn is_valid(&self, window: std::ops::Range<usize>) -> bool {
        let (s, e) = (window.start, window.end);
        if e < s + 2 {
            return false;
        }
        let (Some(a), Some(b)) = (self.at.get(s), self.at.get(e)) else {
            return false;
        };
        // The last digit is not doubled, the one before it is, and so on:
        // the doubled ones are those at positions of the parity of `e`.
        let p = e % 2;
        a.bad == b.bad && a.doubled[p] == b.doubled[p]
    }
}

/// `sum + d`, both below 10, mod 10: kept below 10 by a subtraction, not
/// `%`.
fn add(sum: u8, d: u8) -> u8 {
    let s = sum + d;
    if s >= 10 { s - 10 } else { s }
}

/// The Luhn checksum of a number read from the left one digit at a time:
/// after each [`push`](Running::push), [`is_valid`](Running::is_valid)
/// says in constant time whether the digits so far pass, so that every
/// window that starts at one digit of a run is checked in time linear in
/// the run, not quadratic.
///
/// Which digits are doubled depends on the length (the last digit never
/// is), so it keeps both sums: the one that doubles the digits at even
/// places from the left and the one that doubles those at odd places.
///
/// ```
/// use hush::validate::luhn::{self, Running};
/// let mut running = Running::default();
/// for (k, &b) in b"4111111111111111".iter().enumerate() {
///     running.push(b);
///     assert_eq!(running.is_valid(), luhn::is_valid("4111111111111111".get(..=k).unwrap()));
/// }
/// assert!(running.is_valid());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Running {
    len: usize,
    /// The sum with the digits at odd places (0-based) doubled.
    odd_doubled: u64,
    /// The sum with the digits at even places doubled.
    even_doubled: u64,
    /// A byte that is not an ASCII digit was pushed.
    bad: bool,
}

impl Running {
    /// Adds the next digit (an ASCII byte `0-9`; any other byte makes the
    /// number invalid from then on).
    pub fn push(&mut self, b: u8) {
        if !b.is_ascii_digit() {
            self.bad = true;
            self.len += 1;
            return;
        }
        let d = u64::from(b - b'0');
        let doubled = if d * 2 > 9 { d * 2 - 9 } else { d * 2 };
        let (odd, even) = match self.len % 2 {
            1 => (doubled, d),
            _ => (d, doubled),
        };
        // At most 9 per digit: a u64 holds the sum of any text.
        self.odd_doubled += odd;
        self.even_doubled += even;
        self.len += 1;
    }

    /// The number of bytes pushed.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Returns true if nothing was pushed.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Returns true if the digits pushed so far pass the Luhn checksum,
    /// as [`is_valid_bytes`] says for them.
    pub fn is_valid(&self) -> bool {
        // The last digit, at place `len - 1`, is not doubled; the ones at
        // places of the other parity are.
        let sum = match self.len % 2 {
            1 => self.odd_doubled,
            _ => self.even_doubled,
        };
        self.len >= 2 && !self.bad && sum % 10 == 0
    }
}

/// Returns the digit that, appended to `payload` (ASCII digits), makes it
/// pass the Luhn check. Used by tests and generators.
///
/// ```
/// use hush::validate::luhn;
/// assert_eq!(luhn::check_digit("411111111111111"), Some(b'1'));
/// ```
pub fn check_digit(payload: &str) -> Option<u8> {
    let bytes = payload.as_bytes();
    if !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = bytes
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &b)| {
            let d = u32::from(b - b'0');
            // The check digit will sit at position 0, so the payload's
            // last digit is doubled.
            if i % 2 == 0 {
                let d2 = d * 2;
                if d2 > 9 { d2 - 9 } else { d2 }
            } else {
                d
            }
        })
        .sum();
    Some(b'0' + ((10 - sum % 10) % 10) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every window of many strings of digits, with a byte that is no
    /// digit here and there, read again by one `Windows`.
    #[test]
    fn every_window_is_checked_as_a_whole_number() {
        let mut windows = Windows::default();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for n in 0..300 {
            let mut digits = Vec::new();
            for _ in 0..n % 40 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let b = match seed % 23 {
                    0 => b'x',
                    r => b'0' + (r % 10) as u8,
                };
                digits.push(b);
            }
            windows.fill(&digits);
            for s in 0..=digits.len() {
                for e in s..=digits.len() {
                    assert_eq!(
                        windows.is_valid(s..e),
                        is_valid_bytes(&digits[s..e]),
                        "{:?} {s}..{e}",
                        String::from_utf8_lossy(&digits)
                    );
                }
            }
            // Read again in steps, as far as each window reaches (and a
            // digit or two past it), once cleared: the same answers.
            windows.clear();
            for e in 0..=digits.len() {
                windows.fill_to(&digits, e + (n % 3));
                for s in 0..=e {
                    assert_eq!(
                        windows.is_valid(s..e),
                        is_valid_bytes(&digits[s..e]),
                        "{:?} {s}..{e} in steps",
                        String::from_utf8_lossy(&digits)
                    );
                }
            }
        }
    }

    macro_rules! luhn {
        ($name:ident, $digits:expr, $ok:expr) => {
            #[test]
            fn $name() {
                assert_eq!(is_valid($digits), $ok, "{}", $digits);
            }
        };
    }

    luhn!(visa_ok, "4111111111111111", true);
    luhn!(visa_13_ok, "4222222222222", true);
    luhn!(mastercard_ok, "5555555555554444", true);
    luhn!(mastercard_2_series_ok, "2223003122003222", true);
    luhn!(amex_ok, "378282246310005", true);
    luhn!(discover_ok, "6011111111111117", true);
    luhn!(diners_ok, "30569309025904", true);
    luhn!(jcb_ok, "3530111333300000", true);
    luhn!(visa_bad, "4111111111111112", false);
    luhn!(transposed_bad, "4111111111111121", false);
    luhn!(order_bad, "4423285047093668", false);
    luhn!(zeros_ok, "0000000000000000", true);
    luhn!(one_digit, "0", false);
    luhn!(empty, "", false);
    luhn!(non_digit, "4111-1111-1111-1111", false);
    luhn!(unicode_digit, "٤١١١١١١١١١١١١١١١", false);

    #[test]
    fn check_digit_completes_numbers() {
        for payload in ["411111111111111", "555555555555444", "37828224631000"]
        {
            let d = check_digit(payload).unwrap();
            let mut full = payload.to_string();
            full.push(d as char);
            assert!(is_valid(&full), "{full}");
        }
        assert_eq!(check_digit("12a"), None);
    }

    /// Every prefix of many digit strings, and strings with other bytes:
    /// the running check says what the whole check says.
    #[test]
    fn running_agrees_with_the_whole_check() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = (next() % 24) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| match next() % 40 {
                    0 => b'-',
                    _ => b'0' + (next() % 10) as u8,
                })
                .collect();
            let mut running = Running::default();
            assert_eq!(running.is_valid(), is_valid_bytes(&[]));
            for k in 0..bytes.len() {
                running.push(bytes[k]);
                assert_eq!(
                    running.is_valid(),
                    is_valid_bytes(&bytes[..=k]),
                    "{:?}",
                    &bytes[..=k]
                );
            }
        }
        for card in ["4111111111111111", "378282246310005", "0000000000000000"]
        {
            let mut running = Running::default();
            card.bytes().for_each(|b| running.push(b));
            assert!(running.is_valid(), "{card}");
        }
    }
}
