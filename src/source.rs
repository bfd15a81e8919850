//! One source file as the front end sees it: its name, its text as a `str`,
//! and gc's line/column numbers for byte offsets into that text.
//!
//! Files are read as bytes. Go source need not be valid UTF-8 for gc to
//! report on it (it says `invalid UTF-8 encoding` and goes on), but our lexer
//! works on `&str`, so every invalid byte becomes one U+FFFD, exactly where
//! Go's `utf8.DecodeRune` would return `RuneError` with width 1. That widens
//! the text by two bytes per invalid byte; [`SourceFile::line_col`] undoes it
//! so that columns count the bytes of the file on disk, as gc's do.

use minigo_lexer::LineMap;

/// U+FFFD is three bytes in UTF-8; each stands for one byte of the file.
const REPLACEMENT_LEN: u32 = 3;

/// A run of invalid bytes replaced by U+FFFD characters.
#[derive(Clone, Copy, Debug)]
struct Replaced {
    /// Offset of the first U+FFFD in the text.
    text_pos: u32,
    /// Offset of the first invalid byte in the file.
    file_pos: u32,
    /// How many bytes (and so how many U+FFFD characters).
    count: u32,
}

/// The text of one file was too large for the front end's 32-bit offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooLarge;

/// A named source file, ready for the lexer and for diagnostics.
#[derive(Clone, Debug)]
pub struct SourceFile {
    name: String,
    text: String,
    lines: LineMap,
    replaced: Vec<Replaced>,
}

impl SourceFile {
    /// The largest text the front end accepts: positions are `u32`, and one
    /// past the end must still be representable.
    pub const MAX_LEN: usize = (u32::MAX - 1) as usize;

    /// A file whose text is already a string.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Result<SourceFile, TooLarge> {
        let text = text.into();
        if text.len() > Self::MAX_LEN {
            return Err(TooLarge);
        }
        Ok(SourceFile::build(name.into(), text, Vec::new()))
    }

    /// A file read as bytes; invalid UTF-8 is replaced byte by byte.
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> Result<SourceFile, TooLarge> {
        let (text, replaced) = decode(bytes).ok_or(TooLarge)?;
        Ok(SourceFile::build(name.into(), text, replaced))
    }

    fn build(name: String, text: String, replaced: Vec<Replaced>) -> SourceFile {
        let lines = LineMap::new(&text);
        SourceFile {
            name,
            text,
            lines,
            replaced,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The text the lexer reads (invalid bytes replaced).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether any byte of the file was invalid UTF-8 (and so every U+FFFD
    /// in [`text`](Self::text) may stand for one).
    pub fn has_invalid_utf8(&self) -> bool {
        !self.replaced.is_empty()
    }

    /// gc's 1-based line and byte column of a text offset. Offsets past the
    /// end are clamped to the end.
    pub fn line_col(&self, pos: u32) -> (u32, u32) {
        let pos = pos.min(self.text_len());
        let (line, col) = self.lines.line_col(pos);
        if self.replaced.is_empty() {
            return (line, col);
        }
        // Line starts follow a '\n', never inside a replacement, so both ends
        // map exactly.
        let start = self.lines.line_start(line).unwrap_or(0);
        let col = self
            .file_offset(pos)
            .saturating_sub(self.file_offset(start))
            + 1;
        (line, col)
    }

    /// The offset in the file on disk of a text offset.
    pub fn file_offset(&self, pos: u32) -> u32 {
        let i = self.replaced.partition_point(|r| r.text_pos <= pos);
        let Some(r) = i.checked_sub(1).and_then(|i| self.replaced.get(i)) else {
            return pos;
        };
        let into = pos - r.text_pos;
        let width = r.count * REPLACEMENT_LEN;
        if into < width {
            r.file_pos + into / REPLACEMENT_LEN
        } else {
            r.file_pos + r.count + (into - width)
        }
    }

    fn text_len(&self) -> u32 {
        // `MAX_LEN` keeps this in range.
        u32::try_from(self.text.len()).unwrap_or(u32::MAX)
    }
}

/// Decodes `bytes` as Go does: each byte that does not start a valid UTF-8
/// sequence becomes one U+FFFD. `None` when the result is too large.
fn decode(bytes: &[u8]) -> Option<(String, Vec<Replaced>)> {
    let mut text = String::with_capacity(bytes.len());
    let mut replaced = Vec::new();
    let mut rest = bytes;
    let mut file_pos = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                text.push_str(valid);
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                // `valid_up_to` promises the prefix is UTF-8.
                text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                file_pos += valid.len();
                // Rust groups a truncated sequence's bytes; Go rejects them
                // one at a time. Every byte of the group is invalid on its
                // own, so one U+FFFD per byte matches Go.
                let bad = e.error_len().unwrap_or(after.len()).max(1).min(after.len());
                if text.len() > SourceFile::MAX_LEN {
                    return None;
                }
                replaced.push(Replaced {
                    text_pos: u32::try_from(text.len()).ok()?,
                    file_pos: u32::try_from(file_pos).ok()?,
                    count: u32::try_from(bad).ok()?,
                });
                for _ in 0..bad {
                    text.push(char::REPLACEMENT_CHARACTER);
                }
                file_pos += bad;
                rest = after.get(bad..).unwrap_or_default();
            }
        }
    }
    if text.len() > SourceFile::MAX_LEN {
        return None;
    }
    // Adjacent runs (Rust splits a long invalid stretch into groups) are
    // merged so lookups stay short.
    let mut merged: Vec<Replaced> = Vec::with_capacity(replaced.len());
    for r in replaced {
        match merged.last_mut() {
            Some(m) if m.file_pos + m.count == r.file_pos => m.count += r.count,
            _ => merged.push(r),
        }
    }
    Some((text, merged))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_text_keeps_byte_columns() {
        let f = SourceFile::from_bytes("a.go", "package é\nx".as_bytes()).unwrap();
        assert_eq!(f.text(), "package é\nx");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(10), (1, 11)); // the '\n' after a 2-byte letter
        assert_eq!(f.line_col(11), (2, 1));
    }

    #[test]
    fn invalid_bytes_map_back_to_file_columns() {
        // As gc reports for `var s = a\xff\xfe + )`: `)` at column 15.
        let f = SourceFile::from_bytes("a.go", b"package main\nvar s = a\xff\xfe + )\n").unwrap();
        assert_eq!(f.text(), "package main\nvar s = a\u{FFFD}\u{FFFD} + )\n");
        let paren = f.text().find(')').unwrap() as u32;
        assert_eq!(f.line_col(paren), (2, 15));
        let first_bad = f.text().find('\u{FFFD}').unwrap() as u32;
        assert_eq!(f.line_col(first_bad), (2, 10));
        assert_eq!(f.line_col(first_bad + 3), (2, 11));
        assert_eq!(f.line_col(paren + 2), (3, 1));
    }

    #[test]
    fn truncated_sequences_are_replaced_per_byte() {
        // E2 82 starts a 3-byte sequence that never ends: two bytes, two
        // RuneErrors in Go.
        let f = SourceFile::from_bytes("a.go", b"\xe2\x82A\xe2\x82").unwrap();
        assert_eq!(f.text(), "\u{FFFD}\u{FFFD}A\u{FFFD}\u{FFFD}");
        assert_eq!(f.line_col(6), (1, 3));
        assert_eq!(f.line_col(f.text().len() as u32), (1, 6));
    }

    #[test]
    fn offsets_past_the_end_are_clamped() {
        let f = SourceFile::new("a.go", "ab").unwrap();
        assert_eq!(f.line_col(99), (1, 3));
        let empty = SourceFile::from_bytes("e.go", b"").unwrap();
        assert_eq!(empty.line_col(0), (1, 1));
    }
}
