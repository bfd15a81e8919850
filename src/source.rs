//! One source file as the front end sees it: its name, its text as a `str`,
//! and gc's line/column numbers for byte offsets into that text.
//!
//! Files are read as bytes. Go source need not be valid UTF-8 for gc to
//! report on it (it says `invalid UTF-8 encoding` and goes on), but our lexer
//! works on `&str`, so every invalid byte becomes one U+FFFD, exactly where
//! Go's `utf8.DecodeRune` would return `RuneError` with width 1. That widens
//! the text by two bytes per invalid byte; [`SourceFile::line_col`] undoes it
//! so that columns count the bytes of the file on disk, as gc's do.

use std::ops::Range;

use minigo_lexer::utf8::{self, Replaced, REPLACEMENT_LEN};
use minigo_lexer::LineMap;

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
    /// The ranges of `text` covered by `replaced`, as the lexer takes them.
    invalid_utf8: Vec<Range<u32>>,
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
        let (text, replaced) = utf8::decode(bytes, Self::MAX_LEN).ok_or(TooLarge)?;
        Ok(SourceFile::build(name.into(), text, replaced))
    }

    fn build(name: String, text: String, replaced: Vec<Replaced>) -> SourceFile {
        let lines = LineMap::new(&text);
        let invalid_utf8 = replaced.iter().map(Replaced::text_range).collect();
        SourceFile {
            name,
            text,
            lines,
            replaced,
            invalid_utf8,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The text the lexer reads (invalid bytes replaced).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The ranges of [`text`](Self::text), sorted, whose U+FFFD characters
    /// replace invalid bytes of the file (a U+FFFD elsewhere was in the file
    /// as such). Empty when the file is valid UTF-8.
    pub fn invalid_utf8(&self) -> &[Range<u32>] {
        &self.invalid_utf8
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
