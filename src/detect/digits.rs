//! Unicode decimal digits: every character of general category `Nd`
//! ("Number, decimal digit"), in any script, and its value 0-9.
//!
//! The standard library has no `Nd` query (`char::is_numeric` also takes
//! letter-like and other numbers such as `Ⅻ`, `½` and `①`, and
//! `char::to_digit` knows only ASCII), so this module holds a table.
//! Unicode guarantees that the decimal digits of a script are encoded as
//! ten consecutive code points from zero to nine, so a digit is known by the
//! start of its block: [`ZEROS`].
//!
//! How the table was made: the 66 blocks of Unicode 14.0 were listed from
//! the Unicode Character Database with Python's `unicodedata` (every
//! character with category `Nd` and decimal value 0); the eleven blocks
//! added by Unicode 15.0, 16.0 and 17.0 come from their release notes. The
//! tests check the table against the Unicode tables of the compiler
//! (`char::is_numeric`, Unicode 17.0 in Rust 1.95): each block is ten
//! numeric code points, and every other run of exactly ten numeric code
//! points is a known non-decimal set (subscripts, Khmer divination symbols,
//! parenthesised and circled ideographs, Old Sogdian numbers, Bamum
//! letters).

/// The first code point (digit zero) of every block of ten `Nd` digits,
/// sorted.
pub(crate) const ZEROS: [u32; 77] = [
    0x0030,  // ASCII
    0x0660,  // Arabic-Indic
    0x06F0,  // Extended Arabic-Indic (Persian, Urdu)
    0x07C0,  // NKo
    0x0966,  // Devanagari
    0x09E6,  // Bengali
    0x0A66,  // Gurmukhi
    0x0AE6,  // Gujarati
    0x0B66,  // Oriya
    0x0BE6,  // Tamil
    0x0C66,  // Telugu
    0x0CE6,  // Kannada
    0x0D66,  // Malayalam
    0x0DE6,  // Sinhala Lith
    0x0E50,  // Thai
    0x0ED0,  // Lao
    0x0F20,  // Tibetan
    0x1040,  // Myanmar
    0x1090,  // Myanmar Shan
    0x17E0,  // Khmer
    0x1810,  // Mongolian
    0x1946,  // Limbu
    0x19D0,  // New Tai Lue
    0x1A80,  // Tai Tham Hora
    0x1A90,  // Tai Tham Tham
    0x1B50,  // Balinese
    0x1BB0,  // Sundanese
    0x1C40,  // Lepcha
    0x1C50,  // Ol Chiki
    0xA620,  // Vai
    0xA8D0,  // Saurashtra
    0xA900,  // Kayah Li
    0xA9D0,  // Javanese
    0xA9F0,  // Myanmar Tai Laing
    0xAA50,  // Cham
    0xABF0,  // Meetei Mayek
    0xFF10,  // Full-width
    0x104A0, // Osmanya
    0x10D30, // Hanifi Rohingya
    0x10D40, // Garay (16.0)
    0x11066, // Brahmi
    0x110F0, // Sora Sompeng
    0x11136, // Chakma
    0x111D0, // Sharada
    0x112F0, // Khudawadi
    0x11450, // Newa
    0x114D0, // Tirhuta
    0x11650, // Modi
    0x116C0, // Takri
    0x116D0, // Myanmar Pao (16.0)
    0x116DA, // Myanmar Eastern Pwo Karen (16.0)
    0x11730, // Ahom
    0x118E0, // Warang Citi
    0x11950, // Dives Akuru
    0x11BF0, // Sunuwar (16.0)
    0x11C50, // Bhaiksuki
    0x11D50, // Masaram Gondi
    0x11DA0, // Gunjala Gondi
    0x11DE0, // Tolong Siki (17.0)
    0x11F50, // Kawi (15.0)
    0x16130, // Gurung Khema (16.0)
    0x16A60, // Mro
    0x16AC0, // Tangsa
    0x16B50, // Pahawh Hmong
    0x16D70, // Kirat Rai (16.0)
    0x1CCF0, // Outlined (16.0)
    0x1D7CE, // Mathematical bold
    0x1D7D8, // Mathematical double-struck
    0x1D7E2, // Mathematical sans-serif
    0x1D7EC, // Mathematical sans-serif bold
    0x1D7F6, // Mathematical monospace
    0x1E140, // Nyiakeng Puachue Hmong
    0x1E2F0, // Wancho
    0x1E4F0, // Nag Mundari (15.0)
    0x1E5F1, // Ol Onal (16.0)
    0x1E950, // Adlam
    0x1FBF0, // Segmented
             // Keep sorted: `value` searches it.
];

/// Returns the value of `c` if it is a decimal digit of any script.
///
/// ```text
/// '7' -> 7, '٤' -> 4, '４' -> 4, '४' -> 4, '๙' -> 9, 'x' -> None, '½' -> None
/// ```
#[inline]
pub(crate) fn value(c: char) -> Option<u8> {
    let c = u32::from(c);
    if c < 0x80 {
        return (0x30..0x3a).contains(&c).then(|| (c - 0x30) as u8);
    }
    if c < 0x660 {
        return None;
    }
    let k = ZEROS.partition_point(|&z| z <= c);
    let zero = ZEROS[k - 1];
    (c - zero < 10).then(|| (c - zero) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chr(c: u32) -> char {
        char::from_u32(c).expect("a scalar value")
    }

    /// `view::normal` tells the punctuation and symbol blocks apart before
    /// it searches this table: none of their characters is a digit.
    #[test]
    fn punctuation_and_symbol_blocks_hold_no_digits() {
        for (first, last) in crate::detect::view::NO_DIGITS {
            for c in first..=last {
                assert_eq!(value(c), None, "U+{:04X}", u32::from(c));
            }
        }
    }

    /// `view::normal` tells the zero-width characters apart before it
    /// searches this table: none of them is a digit.
    #[test]
    fn zero_width_characters_are_no_digits() {
        for c in ['\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}'] {
            assert_eq!(value(c), None, "U+{:04X}", u32::from(c));
            assert!(!c.is_numeric());
        }
    }

    #[test]
    fn the_table_is_sorted_and_every_block_is_ten_numeric_chars() {
        assert!(ZEROS.windows(2).all(|w| w[0] + 10 <= w[1]));
        for &z in &ZEROS {
            for d in 0..10 {
                let c = chr(z + d);
                assert!(c.is_numeric(), "U+{:04X} is not numeric", z + d);
                assert_eq!(value(c), Some(d as u8), "U+{:04X}", z + d);
            }
        }
    }

    #[test]
    fn every_block_of_ten_numeric_chars_is_in_the_table() {
        // Maximal runs of exactly ten consecutive numeric code points that
        // are not decimal digits (categories No and Nl).
        const NOT_DIGITS: &[u32] = &[
            0x2080,  // subscript digits
            0x17F0,  // Khmer symbols for divination
            0x3220,  // parenthesised ideographs one..ten
            0x3280,  // circled ideographs one..ten
            0x10F1D, // Old Sogdian numbers
            0xA6E6,  // Bamum letters (Nl)
        ];
        let mut c = 0u32;
        let mut blocks = 0;
        while c <= 0x10ffff {
            if !char::from_u32(c).is_some_and(char::is_numeric) {
                c += 1;
                continue;
            }
            let start = c;
            while char::from_u32(c).is_some_and(char::is_numeric) {
                c += 1;
            }
            if c - start == 10 {
                blocks += 1;
                assert!(
                    ZEROS.contains(&start) || NOT_DIGITS.contains(&start),
                    "U+{start:04X}..U+{:04X}: ten numeric code points, \
                     neither in the table nor known as non-decimal",
                    c - 1
                );
            }
        }
        // Every block of ten stands alone except where a script's digits
        // are followed by other numbers (Tamil, Malayalam...) or by another
        // digit block (Tai Tham, Myanmar Extended-C, mathematical digits).
        assert!(blocks >= 60, "{blocks}");
        // Each table block lies inside a run of numeric code points.
        for &z in &ZEROS {
            assert!(!(z..z + 10).any(|x| !chr(x).is_numeric()));
        }
    }

    #[test]
    fn values() {
        assert_eq!(value('0'), Some(0));
        assert_eq!(value('9'), Some(9));
        assert_eq!(value('/'), None);
        assert_eq!(value(':'), None);
        assert_eq!(value('a'), None);
        assert_eq!(value('٤'), Some(4));
        assert_eq!(value('۴'), Some(4));
        assert_eq!(value('４'), Some(4));
        assert_eq!(value('४'), Some(4));
        assert_eq!(value('৪'), Some(4));
        assert_eq!(value('๔'), Some(4));
        assert_eq!(value('𝟒'), Some(4));
        assert_eq!(value('½'), None);
        assert_eq!(value('①'), None);
        assert_eq!(value('Ⅻ'), None);
        assert_eq!(value('\u{065f}'), None);
        assert_eq!(value('\u{066a}'), None);
        assert_eq!(value('\u{10ffff}'), None);
    }
}
