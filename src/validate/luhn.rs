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
    /// Per position: the sum before it, with the digits at even positions
    /// doubled, mod 10.
    even: Vec<u8>,
    /// The same with the digits at odd positions doubled.
    odd: Vec<u8>,
    /// Per position: how many bytes before it are no ASCII digit.
    bad: Vec<u32>,
}

impl Windows {
    /// Reads `digits`, forgetting what was read before (the memory stays).
    pub fn fill(&mut self, digits: &[u8]) {
        self.even.clear();
        self.odd.clear();
        self.bad.clear();
        self.even.reserve(digits.len() + 1);
        self.odd.reserve(digits.len() + 1);
        self.bad.reserve(digits.len() + 1);
        // Sums kept below 10 by a subtraction, not `%`.
        let add = |sum: u8, d: u8| {
            let s = sum + d;
            if s >= 10 { s - 10 } else { s }
        };
        let (mut even, mut odd, mut bad) = (0u8, 0u8, 0u32);
        for (p, &b) in digits.iter().enumerate() {
            self.even.push(even);
            self.odd.push(odd);
            self.bad.push(bad);
            let Some(d) = b.is_ascii_digit().then(|| b - b'0') else {
                bad += 1;
                continue;
            };
            let doubled = if d > 4 { d * 2 - 9 } else { d * 2 };
            let (e, o) = if p % 2 == 0 { (doubled, d) } else { (d, doubled) };
            even = add(even, e);
            odd = add(odd, o);
        }
        self.even.push(even);
        self.odd.push(odd);
        self.bad.push(bad);
    }

    /// Returns true if the digits at `window` (positions in the digits
    /// read last) pass the check: what [`is_valid_bytes`] says of them.
    pub fn is_valid(&self, window: std::ops::Range<usize>) -> bool {
        let (s, e) = (window.start, window.end);
        if e < s + 2 {
            return false;
        }
        // The last digit is not doubled, the one before it is, and so on:
        // the doubled ones are those at positions of the parity of `e`.
        let sums = if e % 2 == 0 { &self.even } else { &self.odd };
        let (Some(&a), Some(&b), Some(&bad_s), Some(&bad_e)) =
            (sums.get(s), sums.get(e), self.bad.get(s), self.bad.get(e))
        else {
            return false;
        };
        bad_s == bad_e && (b + 10 - a) % 10 == 0
    }
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
