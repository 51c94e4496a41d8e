//! Opening a file: deciding whether its bytes are text the page can take.
//!
//! A person may drop anything on the page: a PDF, a screenshot, a UTF-16
//! export from a call recorder. Only UTF-8 text is accepted; anything else
//! gets a message that says why, and the input is left as it was.

use std::fmt;

/// The largest text the page takes, opened or pasted, in bytes (100 MiB:
/// a day's export of chats or transcripts). Larger ones are refused with a
/// message and nothing of them is redacted or shown.
pub const MAX_INPUT_BYTES: usize = 100 * 1024 * 1024;

/// The largest text the page keeps editable in its input: bytes of a file,
/// UTF-16 units (about characters) of a paste. A larger one (opened,
/// pasted or dropped) is redacted whole in the scan
/// worker and shown as a summary, its first part read-only, with Copy and
/// Download of the whole result: a text area of many megabytes makes every
/// keystroke slow.
pub const EDIT_MAX_BYTES: usize = 1024 * 1024;

/// The file types the open dialog offers. Others can still be dropped;
/// their contents decide.
pub const ACCEPT: &str = ".txt,.text,.log,.csv,.tsv,.vtt,.srt,.json,.jsonl,\
                          .md,.markdown,.eml,.xml,.html,.htm,.yaml,.yml,\
                          text/*,application/json";

/// Why a file was not opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Larger than [`MAX_INPUT_BYTES`].
    TooLarge,
    /// The browser could not read it (it was moved, or access was lost).
    Unreadable,
    /// Not text: NUL bytes, a known binary signature or many control
    /// characters.
    Binary,
    /// UTF-16 text (a byte order mark or NUL bytes in every other place).
    Utf16,
    /// Text in an encoding other than UTF-8; `offset` is the first byte
    /// that is not valid UTF-8.
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge => write!(
                f,
                "it is larger than {} MB; split it and open the parts one \
                 by one",
                MAX_INPUT_BYTES / (1024 * 1024)
            ),
            FileError::Unreadable => {
                f.write_str("the browser could not read it; try again")
            }
            FileError::Binary => f.write_str("it is not a text file"),
            FileError::Utf16 => f.write_str(
                "it is UTF-16 text; save it as UTF-8 and open it again",
            ),
            FileError::NotUtf8 { offset } => write!(
                f,
                "it is not UTF-8 text (byte {offset} is not valid UTF-8); \
                 save it as UTF-8 and open it again"
            ),
        }
    }
}

/// Signatures of common binary formats that may look like text at first.
const MAGIC: &[&[u8]] = &[
    b"%PDF-",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"RIFF",
    b"ID3",
    b"\x7fELF",
    b"MZ",
    b"{\\rtf",
    b"\xd0\xcf\x11\xe0",
];

/// Returns the file's text, or why it is not text the page can take.
///
/// A UTF-8 byte order mark is dropped and Windows line ends become `\n`, as
/// a textarea would make them anyway.
pub fn decode_text(bytes: &[u8]) -> Result<String, FileError> {
    check(bytes)?;
    let text = std::str::from_utf8(strip_bom(bytes))
        .map_err(|e| FileError::NotUtf8 { offset: e.valid_up_to() })?;
    Ok(line_ends(text)?.unwrap_or_else(|| text.to_owned()))
}

/// [`decode_text`] of bytes the caller gives up: a big file's text is
/// made from its bytes without a copy (unless its line ends change).
pub fn decode_bytes(mut bytes: Vec<u8>) -> Result<String, FileError> {
    check(&bytes)?;
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    let text = String::from_utf8(bytes).map_err(|e| FileError::NotUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })?;
    Ok(line_ends(&text)?.unwrap_or(text))
}

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xef\xbb\xbf";

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// Refuses bytes that are too many or not UTF-8 text, before they are
/// read as UTF-8.
fn check(bytes: &[u8]) -> Result<(), FileError> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(FileError::TooLarge);
    }
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Err(FileError::Utf16);
    }
    let bytes = strip_bom(bytes);
    if looks_utf16(bytes) {
        return Err(FileError::Utf16);
    }
    if bytes.contains(&0) || MAGIC.iter().any(|m| bytes.starts_with(m)) {
        return Err(FileError::Binary);
    }
    Ok(())
}

/// Refuses text with many control characters; Windows line ends become
/// `\n` (`None`: the text is fine as it is).
fn line_ends(text: &str) -> Result<Option<String>, FileError> {
    if too_many_controls(text) {
        return Err(FileError::Binary);
    }
    Ok(text
        .contains('\r')
        .then(|| text.replace("\r\n", "\n").replace('\r', "\n")))
}

/// UTF-16 without a byte order mark: most ASCII characters come out as a
/// NUL byte next to the character, so NULs sit at every other place.
fn looks_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(1024)];
    if head.len() < 4 {
        return false;
    }
    let pairs = head.len() / 2;
    let zero_at = |parity: usize| {
        head.iter().skip(parity).step_by(2).filter(|b| **b == 0).count()
    };
    zero_at(0) * 10 > pairs * 6 || zero_at(1) * 10 > pairs * 6
}

/// More than one in a hundred characters is a control character other
/// than tab, line feed, carriage return, form feed and escape.
fn too_many_controls(text: &str) -> bool {
    let mut total = 0usize;
    let mut controls = 0usize;
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c' | '\x1b')
        {
            controls += 1;
        }
    }
    controls * 100 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! decodes {
        ($name:ident, $bytes:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(decode_text($bytes), $want);
            }
        };
    }

    decodes!(plain, b"card 4111", Ok("card 4111".to_owned()));
    decodes!(empty, b"", Ok(String::new()));
    decodes!(bom_dropped, b"\xef\xbb\xbfhi", Ok("hi".to_owned()));
    decodes!(crlf_to_lf, b"a\r\nb\rc", Ok("a\nb\nc".to_owned()));
    decodes!(
        unicode,
        "caf\u{e9} \u{2014}".as_bytes(),
        Ok("caf\u{e9} \u{2014}".to_owned())
    );
    decodes!(
        tabs_and_escapes,
        b"a\tb\x1b[0m\x0c",
        Ok("a\tb\x1b[0m\x0c".to_owned())
    );
    decodes!(nul_is_binary, b"abc\0def", Err(FileError::Binary));
    decodes!(png_is_binary, b"\x89PNG\r\n\x1a\n", Err(FileError::Binary));
    decodes!(pdf_is_binary, b"%PDF-1.7\n1 0 obj", Err(FileError::Binary));
    decodes!(zip_is_binary, b"PK\x03\x04rest", Err(FileError::Binary));
    decodes!(utf16_bom, b"\xff\xfeh\0i\0", Err(FileError::Utf16));
    decodes!(utf16_no_bom, b"h\0e\0l\0l\0o\0", Err(FileError::Utf16));
    decodes!(latin1, b"caf\xe9 ok", Err(FileError::NotUtf8 { offset: 3 }));
    decodes!(controls, b"\x01\x02\x03\x04abc", Err(FileError::Binary));

    #[test]
    fn too_large() {
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert_eq!(decode_text(&big), Err(FileError::TooLarge));
        assert_eq!(decode_bytes(big), Err(FileError::TooLarge));
        let ok = vec![b'a'; MAX_INPUT_BYTES];
        assert!(decode_text(&ok).is_ok());
    }

    #[test]
    fn owned_bytes_decode_as_borrowed_ones() {
        let cases: &[&[u8]] = &[
            b"card 4111",
            b"",
            b"\xef\xbb\xbfhi",
            b"a\r\nb\rc",
            b"abc\0def",
            b"\xff\xfeh\0i\0",
            b"caf\xe9 ok",
            b"\xef\xbb\xbfcaf\xe9",
            b"\x01\x02\x03\x04abc",
            "caf\u{e9}".as_bytes(),
        ];
        for bytes in cases {
            assert_eq!(decode_bytes(bytes.to_vec()), decode_text(bytes));
        }
    }

    #[test]
    fn messages_say_what_to_do() {
        assert_eq!(
            FileError::NotUtf8 { offset: 3 }.to_string(),
            "it is not UTF-8 text (byte 3 is not valid UTF-8); save it as \
             UTF-8 and open it again"
        );
        assert_eq!(FileError::Binary.to_string(), "it is not a text file");
    }
}
