//! Social Security number rules published by the SSA: which area, group and
//! serial numbers are never issued, and which numbers were made public as
//! samples and so are not anyone's.

/// Numbers that were printed in advertisements or on sample cards.
const ADVERTISED: [&[u8; 9]; 3] = [
    // Woolworth's wallet insert, 1938.
    b"078051120",
    // SSA's own pamphlet, 1940s.
    b"219099999",
    // LifeLock's chief executive, in his company's advertisements.
    b"457555462",
];

/// Returns true if the nine ASCII digits in `digits` could be an issued SSN:
/// area not 000, 666 or 900-999; group not 00; serial not 0000; and not a
/// number advertised in public.
///
/// ```
/// use hush::validate::ssn;
/// assert!(ssn::is_valid("123137435"));
/// assert!(!ssn::is_valid("666154377"));
/// assert!(!ssn::is_valid("078051120"));
/// ```
pub fn is_valid(digits: &str) -> bool {
    is_valid_bytes(digits.as_bytes())
}

/// [`is_valid`] over bytes.
pub fn is_valid_bytes(d: &[u8]) -> bool {
    if d.len() != 9 || !d.iter().all(u8::is_ascii_digit) {
        return false;
    }
    let area = &d[0..3];
    let group = &d[3..5];
    let serial = &d[5..9];
    if area == b"000" || area == b"666" || area[0] == b'9' {
        return false;
    }
    if group == b"00" || serial == b"0000" {
        return false;
    }
    !ADVERTISED.iter().any(|a| a.as_slice() == d)
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! ssn {
        ($name:ident, $digits:expr, $ok:expr) => {
            #[test]
            fn $name() {
                assert_eq!(is_valid($digits), $ok, "{}", $digits);
            }
        };
    }

    ssn!(plain_ok, "123137435", true);
    ssn!(low_area_ok, "001010001", true);
    ssn!(area_899_ok, "899999999", true);
    ssn!(area_000, "000847316", false);
    ssn!(area_666, "666154377", false);
    ssn!(area_9xx, "952062577", false);
    ssn!(area_900, "900123456", false);
    ssn!(group_00, "651001561", false);
    ssn!(serial_0000, "443050000", false);
    ssn!(woolworth, "078051120", false);
    ssn!(ssa_pamphlet, "219099999", false);
    ssn!(lifelock, "457555462", false);
    ssn!(eight_digits, "12345678", false);
    ssn!(ten_digits, "1234567890", false);
    ssn!(dashed, "123-45-6789", false);
}
