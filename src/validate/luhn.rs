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
}
