//! Byte searches the layout and table passes make on every line: most of a
//! text holds none of the bytes sought, and most lines are short, so the
//! bytes are read eight at a time, with no set-up per call.

/// The first position from `i` on of a byte of `set`; the length of
/// `bytes` if there is none.
pub(crate) fn find_any<const N: usize>(
    bytes: &[u8],
    mut i: usize,
    set: [u8; N],
) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES << 7;
    // Not zero if some byte of `x` is zero (exact for "any").
    let any_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    while let Some(word) =
        bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok())
    {
        let x = u64::from_ne_bytes(word);
        let hit = set
            .iter()
            .fold(0, |m, &b| m | any_zero(x ^ (ONES * u64::from(b))));
        if hit != 0 {
            break;
        }
        i += 8;
    }
    while bytes.get(i).is_some_and(|b| !set.contains(b)) {
        i += 1;
    }
    i.min(bytes.len())
}

/// `s` without the white space at its ends, as [`str::trim`] gives it,
/// without decoding a character when both ends are ASCII and no space
/// (most lines).
pub(crate) fn trim(s: &str) -> &str {
    let solid = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x80);
    let bytes = s.as_bytes();
    if solid(bytes.first()) && solid(bytes.last()) { s } else { s.trim() }
}

/// `s` without the white space at its start, as [`str::trim_start`].
pub(crate) fn trim_start(s: &str) -> &str {
    let first = s.as_bytes().first();
    if first.is_some_and(|&b| b > b' ' && b < 0x80) {
        s
    } else {
        s.trim_start()
    }
}

/// Returns true if `needle` occurs in `hay`, as `str::contains` does for
/// strings (an empty `needle` too): compared where its first byte is, with
/// no searcher set up, for the few bytes searched in a short gap or a
/// finding's digits.
pub(crate) fn contains(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else { return true };
    hay.windows(needle.len()).any(|w| w.split_first() == Some((&first, rest)))
}

/// How many times byte `b` occurs in `bytes`: counted in a byte per chunk
/// of 255 (no chunk can hold more), which the compiler turns into
/// compares of sixteen bytes at a time, where a count per byte was 2.5
/// instructions a byte (the line tables are sized with it).
pub(crate) fn count(bytes: &[u8], b: u8) -> usize {
    bytes
        .chunks(255)
        .map(|c| {
            usize::from(
                c.iter().fold(0u8, |n, &x| n.wrapping_add(u8::from(x == b))),
            )
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_is_a_count() {
        for len in [0, 1, 254, 255, 256, 511, 1000] {
            for every in [1, 2, 7] {
                let bytes: Vec<u8> = (0..len)
                    .map(|i| if i % every == 0 { b'\n' } else { b'x' })
                    .collect();
                let want = bytes.iter().filter(|&&x| x == b'\n').count();
                assert_eq!(count(&bytes, b'\n'), want, "{len} {every}");
            }
        }
    }

    #[test]
    fn find_any_is_a_search() {
        let sets: [[u8; 3]; 3] =
            [[b'\n', b'\r', 0xe2], [b',', b'|', b'\t'], [b'a', b'a', b'a']];
        let texts = [
            "",
            "a",
            "no such byte here at all, or is there",
            "0123456\n89abcdef\r\n|x|",
            "é—ü\u{2028}tab\there, comma",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        ];
        for set in sets {
            for t in texts {
                let b = t.as_bytes();
                for from in 0..=b.len() + 2 {
                    let want = b
                        .iter()
                        .enumerate()
                        .skip(from)
                        .find(|(_, x)| set.contains(x))
                        .map_or(b.len(), |(k, _)| k);
                    assert_eq!(find_any(b, from, set), want, "{t:?} {from}");
                }
            }
        }
    }

    #[test]
    fn trims_are_the_std_trims() {
        let cases = [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\u{b}a\u{b}",
            "a\u{a0}",
            "\u{3000}a",
            "é",
            "~",
            "\u{7f}",
            "\t x \r",
            "4111 1111",
            "\u{200b}a",
        ];
        for s in cases {
            assert_eq!(trim(s), s.trim(), "{s:?}");
            assert_eq!(trim_start(s), s.trim_start(), "{s:?}");
        }
        for b in 0..=255u8 {
            let Ok(s) = std::str::from_utf8(std::slice::from_ref(&b)) else {
                continue;
            };
            let s = format!("{s}x{s}");
            assert_eq!(trim(&s), s.trim(), "{b}");
            assert_eq!(trim_start(&s), s.trim_start(), "{b}");
        }
    }
}
