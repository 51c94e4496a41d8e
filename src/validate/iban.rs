//! IBANs (ISO 13616): a country code, two check digits and up to 30
//! letters and digits, valid when the number formed by moving the first
//! four characters to the end and reading letters as 10-35 is 1 modulo 97.
//! Hush keeps IBANs: a run of digits inside one is not a card number.

/// Returns true if `chars` (ASCII, no spaces) is an IBAN with a valid
/// checksum: 15 to 34 characters, two capital letters, two digits, then
/// capital letters and digits.
///
/// ```
/// use hush::validate::iban;
/// assert!(iban::is_valid(b"RS35260005601001611379"));
/// assert!(iban::is_valid(b"GB82WEST12345698765432"));
/// assert!(!iban::is_valid(b"GB82WEST12345698765433"));
/// ```
pub fn is_valid(chars: &[u8]) -> bool {
    if !(15..=34).contains(&chars.len()) {
        return false;
    }
    let (head, rest) = chars.split_at(4);
    let shape = head[..2].iter().all(u8::is_ascii_uppercase)
        && head[2..].iter().all(u8::is_ascii_digit)
        && rest.iter().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if !shape {
        return false;
    }
    let mut r: u32 = 0;
    for &b in rest.iter().chain(head) {
        r = if b.is_ascii_digit() {
            (r * 10 + u32::from(b - b'0')) % 97
        } else {
            (r * 100 + u32::from(b - b'A') + 10) % 97
        };
    }
    r == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! iban {
        ($name:ident, $text:expr, $ok:expr) => {
            #[test]
            fn $name() {
                assert_eq!(is_valid($text), $ok);
            }
        };
    }

    iban!(serbia, b"RS35260005601001611379", true);
    iban!(germany, b"DE89370400440532013000", true);
    iban!(uk, b"GB82WEST12345698765432", true);
    iban!(norway_shortest, b"NO9386011117947", true);
    iban!(france, b"FR1420041010050500013M02606", true);
    iban!(bad_check, b"DE89370400440532013001", false);
    iban!(lowercase, b"de89370400440532013000", false);
    iban!(too_short, b"DE8937040044", false);
    iban!(card, b"4111111111111111", false);
}
