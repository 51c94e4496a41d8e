//! HTML left in a text, as the view reads it: character references
//! (`&nbsp;`, `&#47;`) and bare tags (`<br>`, `</p><p>`, `<td>`).
//!
//! Emails, tickets and chat exports hold HTML, or text converted from it
//! in haste: `4166&nbsp;5153&nbsp;9411&nbsp;5686`, `12&#47;29`,
//! `...9860</p><p>02/2026</p><p>211</p>`. Read literally, a reference is
//! a word glued to the digits and a tag a word between a card and its
//! date. The view reads a reference as the character it stands for and a
//! tag as the white space a browser shows for it: a line break for a
//! block, a tab for a table cell, nothing (a zero-width space) for inline
//! markup and for an end tag.
//!
//! Only tags with no attributes are read so: an attribute may hold a
//! number (`<a href="...?pan=4111...">`, `<input value="4111...">`), and
//! what a tag stands for is never read, so a tag with attributes stays
//! text. Unknown names (`<john@example.com>`, `<3`) stay text too.

/// The longest reference read, `&` to `;`: `&#x10FFFF;` and `&thinsp;`.
const MAX_REFERENCE: usize = 10;

/// If `s` starts with a character reference (`&name;`, `&#NNN;`,
/// `&#xHH;`) of a character other than NUL, returns its length in bytes
/// and the character.
pub(crate) fn reference(s: &[u8]) -> Option<(usize, char)> {
    if s.first() != Some(&b'&') {
        return None;
    }
    let semi = s.iter().take(MAX_REFERENCE).position(|&b| b == b';')?;
    let body = s.get(1..semi)?;
    let c = match body {
        [b'#', b'x' | b'X', hex @ ..] => char::from_u32(number(hex, 16)?)?,
        [b'#', dec @ ..] => char::from_u32(number(dec, 10)?)?,
        name => named(name)?,
    };
    (c != '\0').then_some((semi + 1, c))
}

/// If `s` starts with a percent escape of a web address or a form
/// (`%2F`, `%20`, `%3D`; twice escaped, `%252F`) that stands for a space
/// or the punctuation between a key and its value or between the groups
/// of a number, returns its length in bytes and the character:
/// `card%3D4111%204111...`, `exp=08%2F27`. Escapes of letters and digits,
/// and a `%` after a number ("50%"), stay text.
pub(crate) fn percent(s: &[u8]) -> Option<(usize, char)> {
    let hex = |k: usize| -> Option<u8> {
        let d = char::from(*s.get(k)?).to_digit(16)?;
        u8::try_from(d).ok()
    };
    if s.first() != Some(&b'%') {
        return None;
    }
    let mut value = hex(1)? * 16 + hex(2)?;
    let mut len = 3;
    // `%25` is `%` itself: `%252F` is `%2F` escaped once more.
    if value == 0x25 {
        value = hex(3)? * 16 + hex(4)?;
        len = 5;
    }
    Some((len, punct(value)?))
}

/// The space or punctuation of the byte value `value`, when it is one that
/// stands between a key and its value or between the groups of a number.
fn punct(value: u8) -> Option<char> {
    Some(match value {
        0x20 => ' ',
        0x23 => '#',
        0x26 => '&',
        0x2B => '+',
        0x2C => ',',
        0x2D => '-',
        0x2E => '.',
        0x2F => '/',
        0x3A => ':',
        0x3B => ';',
        0x3D => '=',
        0x3F => '?',
        0x7C => '|',
        _ => return None,
    })
}

/// If `s` starts with an escape of quoted-printable text (an email's body
/// as its raw source shows it, RFC 2045: `=20`, `=3D`, and `=` at the end
/// of a line, a soft line break the encoder added) returns its length in
/// bytes and the character, `None` for a soft line break, which stands
/// for nothing: `card=3D4539=201488=200343=206467`, `412-55-=\n7890`.
/// Escapes of other bytes (`=C3=A9`, a letter of UTF-8) stay text.
pub(crate) fn quoted(s: &[u8]) -> Option<(usize, Option<char>)> {
    match s {
        [b'=', b'\n', ..] => Some((2, None)),
        [b'=', b'\r', b'\n', ..] => Some((3, None)),
        [b'=', a, b, ..] => {
            let hex = |c: &u8| char::from(*c).to_digit(16);
            let value = u8::try_from(hex(a)? * 16 + hex(b)?).ok()?;
            Some((3, Some(punct(value)?)))
        }
        _ => None,
    }
}

/// Returns true if `text` reads as quoted-printable (see [`quoted`]): an
/// `=3D` (an escaped `=`, which no other text writes) and at least three
/// escapes or soft line breaks in all, or a MIME header that says so with
/// one of them. Elsewhere `=20` is a key's value ("qty=20"), and is left
/// as it is.
pub(crate) fn quoted_printable(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (mut eq, mut all) = (0, 0);
    let mut from = 0;
    while let Some(k) = text.get(from..).and_then(|r| r.find('=')) {
        let i = from + k;
        from = i + 1;
        match bytes.get(i + 1..i + 3) {
            Some(b"3D" | b"3d") => {
                eq += 1;
                all += 1;
            }
            Some([b'\n', ..] | [b'\r', b'\n']) | Some(b"20") => all += 1,
            None if bytes.get(i + 1) == Some(&b'\n') => all += 1,
            _ => {}
        }
        if eq >= 1 && all >= 3 {
            return true;
        }
    }
    all >= 1 && text.contains("rintable") && {
        let lower = text.to_ascii_lowercase();
        lower.contains("quoted-printable")
    }
}

/// The value of `digits` in `radix` (10 or 16): one to seven digits, no
/// sign.
fn number(digits: &[u8], radix: u32) -> Option<u32> {
    if digits.is_empty() || digits.len() > 7 {
        return None;
    }
    digits.iter().try_fold(0u32, |n, &b| {
        Some(n * radix + char::from(b).to_digit(radix)?)
    })
}

/// The character of a named reference: the spaces, dashes and
/// punctuation that stand between numbers, and the escapes of HTML's own
/// characters.
fn named(name: &[u8]) -> Option<char> {
    Some(match name {
        b"nbsp" | b"NonBreakingSpace" => '\u{a0}',
        b"ensp" => '\u{2002}',
        b"emsp" => '\u{2003}',
        b"thinsp" => '\u{2009}',
        b"ZeroWidthSpace" => '\u{200b}',
        b"shy" => '\u{ad}',
        b"hyphen" | b"dash" => '\u{2010}',
        b"ndash" => '\u{2013}',
        b"mdash" => '\u{2014}',
        b"minus" => '\u{2212}',
        b"sol" => '/',
        b"colon" => ':',
        b"period" => '.',
        b"comma" => ',',
        b"num" => '#',
        b"amp" | b"AMP" => '&',
        b"lt" | b"LT" => '<',
        b"gt" | b"GT" => '>',
        b"quot" | b"QUOT" => '"',
        b"apos" => '\'',
        b"lpar" => '(',
        b"rpar" => ')',
        _ => return None,
    })
}

/// The longest tag name read.
const MAX_NAME: usize = 10;

/// If `s` starts with a bare tag of HTML (`<p>`, `</td>`, `<br/>`,
/// `<br />`: a known name, no attributes), returns its length in bytes and
/// the white space it is read as: for a start tag, what a browser shows
/// for the element; for an end tag, nothing.
pub(crate) fn tag(s: &[u8]) -> Option<(usize, char)> {
    if s.first() != Some(&b'<') {
        return None;
    }
    let from = if s.get(1) == Some(&b'/') { 2 } else { 1 };
    let rest = s.get(from..)?;
    let len = rest
        .iter()
        .take(MAX_NAME + 1)
        .position(|b| !b.is_ascii_alphanumeric())?;
    let name = rest.get(..len)?;
    let close = match rest.get(len..)? {
        [b'>', ..] => 1,
        [b'/', b'>', ..] => 2,
        [b' ', b'/', b'>', ..] => 3,
        _ => return None,
    };
    let mut lower = [0u8; MAX_NAME];
    let low = lower.get_mut(..len)?;
    low.copy_from_slice(name);
    low.make_ascii_lowercase();
    let shown = shown_as(low)?;
    // A block or a cell ends where the next begins: `</p><p>` is one
    // break, not two. (`<br>` has no end tag.)
    let shown = if from == 2 { '\u{200b}' } else { shown };
    Some((from + len + close, shown))
}

/// What a browser shows for a tag named `name` (lower case): a line break
/// for a block, a tab for a table cell, a zero-width space for inline
/// markup.
fn shown_as(name: &[u8]) -> Option<char> {
    Some(match name {
        b"p" | b"div" | b"br" | b"li" | b"ul" | b"ol" | b"tr" | b"table"
        | b"tbody" | b"thead" | b"tfoot" | b"h1" | b"h2" | b"h3" | b"h4"
        | b"h5" | b"h6" | b"blockquote" | b"hr" | b"pre" | b"section"
        | b"article" | b"header" | b"footer" | b"dl" | b"dt" | b"dd"
        | b"caption" | b"address" | b"center" | b"body" | b"html" => '\n',
        b"td" | b"th" => '\t',
        b"span" | b"b" | b"i" | b"u" | b"s" | b"em" | b"strong" | b"font"
        | b"a" | b"small" | b"big" | b"code" | b"mark" | b"sup" | b"sub"
        | b"label" | b"abbr" | b"tt" | b"kbd" | b"samp" | b"var" | b"cite"
        | b"q" | b"del" | b"ins" | b"strike" | b"wbr" | b"nobr" => '\u{200b}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read_as_their_character() {
        assert_eq!(reference(b"&nbsp;5153"), Some((6, '\u{a0}')));
        assert_eq!(reference(b"&#47;29"), Some((5, '/')));
        assert_eq!(reference(b"&#x2F;29"), Some((6, '/')));
        assert_eq!(reference(b"&#X2f;"), Some((6, '/')));
        assert_eq!(reference(b"&#52;"), Some((5, '4')));
        assert_eq!(reference(b"&ndash;"), Some((7, '\u{2013}')));
        assert_eq!(reference(b"&amp;"), Some((5, '&')));
        assert_eq!(reference(b"&#x10FFFF;"), Some((10, '\u{10ffff}')));
    }

    #[test]
    fn quoted_printable_escapes_and_soft_breaks() {
        assert_eq!(quoted(b"=204111"), Some((3, Some(' '))));
        assert_eq!(quoted(b"=3D4111"), Some((3, Some('='))));
        assert_eq!(quoted(b"=2F27"), Some((3, Some('/'))));
        assert_eq!(quoted(b"=\n7890"), Some((2, None)));
        assert_eq!(quoted(b"=\r\n7890"), Some((3, None)));
        // A letter of UTF-8, a digit escaped, a key's value: text.
        assert_eq!(quoted(b"=C3=A9"), None);
        assert_eq!(quoted(b"=34"), None);
        assert_eq!(quoted(b"=x"), None);
        assert_eq!(quoted(b"="), None);
    }

    #[test]
    fn quoted_printable_is_told_by_its_escaped_equals_or_its_header() {
        assert!(quoted_printable("card=20number=3D4539=201488"));
        assert!(quoted_printable("a=3Db=\nc=\nd"));
        assert!(quoted_printable(
            "Content-Transfer-Encoding: Quoted-Printable\n\nssn 412-55-=\n7890"
        ));
        // Key=value text: "=20" and "=" at a line's end are values.
        assert!(!quoted_printable("qty=20 price=20 total=20"));
        assert!(!quoted_printable("exp=2027\nnote=\ncvv=20"));
        assert!(!quoted_printable("x=3D"));
        assert!(!quoted_printable("quoted-printable, no escape"));
    }

    #[test]
    fn other_ampersands_are_text() {
        for s in [
            "AT&T",
            "& more",
            "&",
            "&nbsp",
            "&unknown;",
            "&#;",
            "&#x;",
            "&#0;",
            "&#xD800;",
            "&#x110000;",
            "&#12345678;",
            "&#-5;",
            "&#+5;",
            "&#x+5;",
            "&nbsp 5153;",
            "&#x10FFFFF;",
            "&;",
            "&#1a;",
        ] {
            assert_eq!(reference(s.as_bytes()), None, "{s:?}");
        }
    }

    #[test]
    fn bare_tags_are_read_as_white_space() {
        assert_eq!(tag(b"<p>02/2026"), Some((3, '\n')));
        assert_eq!(tag(b"</p><p>"), Some((4, '\u{200b}')));
        assert_eq!(tag(b"<br>"), Some((4, '\n')));
        assert_eq!(tag(b"<br/>"), Some((5, '\n')));
        assert_eq!(tag(b"<BR />"), Some((6, '\n')));
        assert_eq!(tag(b"<td>4166"), Some((4, '\t')));
        assert_eq!(tag(b"</TD>"), Some((5, '\u{200b}')));
        assert_eq!(tag(b"<b>4111</b>"), Some((3, '\u{200b}')));
        assert_eq!(tag(b"<blockquote>"), Some((12, '\n')));
    }

    #[test]
    fn other_angle_brackets_are_text() {
        for s in [
            "<a href=\"https://pay.example.com/?pan=4111111111111111\">",
            "<input value=\"4111\">",
            "<td class=x>",
            "<john@example.com>",
            "<https://example.com>",
            "<3",
            "< p>",
            "<p",
            "<>",
            "</>",
            "<unknowntag>",
            "<blockquotes>",
            "<p/ >",
            "a < b > c",
            "<123>",
        ] {
            assert_eq!(tag(s.as_bytes()), None, "{s:?}");
        }
    }
}
