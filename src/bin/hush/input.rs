//! Inputs: a file or standard input, read as UTF-8 text within the maximum
//! input size, with a leading byte-order mark set apart.

use std::ffi::OsStr;
use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// One input named on the command line.
#[derive(Clone, Debug)]
pub enum Input {
    /// Standard input (`-`, or no file at all).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// `-` is standard input; anything else a file. File names need not be
    /// UTF-8.
    pub fn from_arg(arg: &OsStr) -> Input {
        if arg == "-" { Input::Stdin } else { Input::File(PathBuf::from(arg)) }
    }

    /// The name used in messages and reports: the path as given (any byte
    /// that is not UTF-8 shown as U+FFFD), or `<stdin>`.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) => p.to_string_lossy().into_owned(),
        }
    }

    /// The file's own name (no directory), for `--out-dir`.
    pub fn file_name(&self) -> Option<&OsStr> {
        match self {
            Input::Stdin => None,
            Input::File(p) => p.file_name(),
        }
    }

    /// The path, for a file.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Input::Stdin => None,
            Input::File(p) => Some(p),
        }
    }

    /// The size in bytes if it is known before reading (a regular file).
    pub fn size_hint(&self) -> Option<u64> {
        match self {
            Input::Stdin => None,
            Input::File(p) => std::fs::metadata(p)
                .ok()
                .filter(|m| m.is_file())
                .map(|m| m.len()),
        }
    }
}

/// A text read from an input: the byte-order mark it began with (empty if
/// none) and the text after it. Offsets reported to the user are offsets
/// into the original bytes, so they add `bom.len()`.
pub struct Text {
    /// `"\u{feff}"` or `""`.
    pub bom: &'static str,
    /// The text after the byte-order mark.
    pub body: String,
}

/// The byte-order mark, as UTF-8.
const BOM: &str = "\u{feff}";

/// Why an input could not be read. The message names the input and never
/// holds any of its text.
#[derive(Debug)]
pub struct ReadError(String);

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReadError {}

/// Reads `input` as UTF-8 text of at most `max` bytes. Nothing is kept of
/// an input that fails: too large, not UTF-8, a directory, unreadable.
pub fn read(input: &Input, max: u64) -> Result<Text, ReadError> {
    let name = input.name();
    let too_big = || {
        ReadError(format!(
            "{name}: larger than the maximum input size of {}; split it, or raise the limit with --max-size",
            Size(max)
        ))
    };
    let mut bytes = Vec::new();
    match input {
        Input::Stdin => {
            read_limited(io::stdin().lock(), max, &mut bytes).map_err(
                |e| {
                    if e.kind() == io::ErrorKind::FileTooLarge {
                        too_big()
                    } else {
                        ReadError(format!("cannot read standard input: {e}"))
                    }
                },
            )?;
        }
        Input::File(path) => {
            let meta = std::fs::metadata(path)
                .map_err(|e| ReadError(format!("{name}: cannot open: {e}")))?;
            if meta.is_dir() {
                return Err(ReadError(format!(
                    "{name}: is a directory; give the files inside it"
                )));
            }
            if meta.is_file() && meta.len() > max {
                return Err(too_big());
            }
            let file = std::fs::File::open(path)
                .map_err(|e| ReadError(format!("{name}: cannot open: {e}")))?;
            // Room for the whole file and the one byte that tells it grew
            // past the limit: the buffer is not doubled from empty (for
            // 10 MB, 32 MB of fresh memory and 16 MB copied).
            if meta.is_file() {
                let len = usize::try_from(meta.len()).unwrap_or(0);
                bytes.reserve_exact(len.saturating_add(1));
            }
            // Devices and pipes have no length: the limit is checked while
            // reading.
            read_limited(file, max, &mut bytes).map_err(|e| {
                if e.kind() == io::ErrorKind::FileTooLarge {
                    too_big()
                } else {
                    ReadError(format!("{name}: cannot read: {e}"))
                }
            })?;
        }
    }
    text_of(input, bytes)
}

/// The text of `bytes` read from `input`: UTF-8, its byte-order mark set
/// apart.
pub fn text_of(input: &Input, bytes: Vec<u8>) -> Result<Text, ReadError> {
    let shown = match input {
        Input::Stdin => "standard input".to_string(),
        Input::File(_) => input.name(),
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        ReadError(format!(
            "{shown}: not UTF-8 text (invalid byte at offset {at}); convert it to UTF-8 first"
        ))
    })?;
    Ok(split_bom(text))
}

/// Reads at most `max` bytes into `buf`; an `ErrorKind::FileTooLarge`
/// error if there are more.
fn read_limited(
    reader: impl Read,
    max: u64,
    buf: &mut Vec<u8>,
) -> io::Result<()> {
    reader.take(max.saturating_add(1)).read_to_end(buf)?;
    if buf.len() as u64 > max {
        buf.clear();
        buf.shrink_to_fit();
        return Err(io::Error::from(io::ErrorKind::FileTooLarge));
    }
    Ok(())
}

/// Sets a leading byte-order mark apart from the text.
pub fn split_bom(mut text: String) -> Text {
    if text.starts_with(BOM) {
        text.drain(..BOM.len());
        Text { bom: BOM, body: text }
    } else {
        Text { bom: "", body: text }
    }
}

/// A size in bytes, written and read as `100M`, `512K`, `1G` or `12345`
/// (K, M and G are powers of 1024; `MB`, `MiB` and lowercase are accepted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Size(pub u64);

impl std::str::FromStr for Size {
    type Err = String;

    fn from_str(s: &str) -> Result<Size, String> {
        let t = s.trim();
        let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let unit = t[digits.len()..].to_ascii_lowercase();
        let shift = match unit.as_str() {
            "" | "b" => 0,
            "k" | "kb" | "kib" => 10,
            "m" | "mb" | "mib" => 20,
            "g" | "gb" | "gib" => 30,
            _ => {
                return Err(format!(
                    "unknown unit in '{s}'; use K, M or G, such as 100M"
                ));
            }
        };
        let n: u64 = digits.trim().parse().map_err(|_| {
            format!("'{s}' is not a size; use a number with K, M or G, such as 100M")
        })?;
        let bytes = n.checked_mul(1 << shift).filter(|&b| b > 0).ok_or_else(
            || format!("'{s}' is not a usable size; use 1 byte to 16E, such as 100M"),
        )?;
        Ok(Size(bytes))
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0;
        for (shift, unit) in [(30, "G"), (20, "M"), (10, "K")] {
            if n >= 1 << shift && n % (1 << shift) == 0 {
                return write!(f, "{}{unit}", n >> shift);
            }
        }
        write!(f, "{n} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!("100M".parse(), Ok(Size(100 << 20)));
        assert_eq!("512k".parse(), Ok(Size(512 << 10)));
        assert_eq!("1GiB".parse(), Ok(Size(1 << 30)));
        assert_eq!("2 MB".parse(), Ok(Size(2 << 20)));
        assert_eq!("12345".parse(), Ok(Size(12345)));
        assert!("0".parse::<Size>().is_err());
        assert!("10X".parse::<Size>().is_err());
        assert!("M".parse::<Size>().is_err());
        assert!("99999999999G".parse::<Size>().is_err());
        assert_eq!(Size(32 << 20).to_string(), "32M");
        assert_eq!(Size(1536).to_string(), "1536 bytes");
        assert_eq!(Size(3 << 10).to_string(), "3K");
    }

    #[test]
    fn bom_is_set_apart() {
        let t = split_bom("\u{feff}abc".to_string());
        assert_eq!((t.bom, t.body.as_str()), ("\u{feff}", "abc"));
        let t = split_bom("abc\u{feff}".to_string());
        assert_eq!((t.bom, t.body.as_str()), ("", "abc\u{feff}"));
    }

    #[test]
    fn limited_reads() {
        let mut buf = Vec::new();
        assert!(read_limited(&b"abcd"[..], 4, &mut buf).is_ok());
        assert_eq!(buf, b"abcd");
        let mut buf = Vec::new();
        let e = read_limited(&b"abcde"[..], 4, &mut buf).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::FileTooLarge);
        assert!(buf.is_empty());
    }
}
