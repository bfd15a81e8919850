//! Go source read as bytes. gc does not need valid UTF-8 to report on a
//! file (it says `invalid UTF-8 encoding` at each bad byte and goes on), but
//! the lexer works on `&str`; so each byte that does not start a valid UTF-8
//! sequence becomes one U+FFFD, exactly where Go's `utf8.DecodeRune`
//! returns `RuneError` with width 1, and the runs of replacements are kept:
//! the lexer reports those (and only those) U+FFFDs as invalid bytes, and
//! diagnostics map text offsets back to the file's bytes.

use std::ops::Range;

/// U+FFFD is three bytes in UTF-8; each stands for one byte of the file.
pub const REPLACEMENT_LEN: u32 = 3;

/// A run of invalid bytes replaced by U+FFFD characters.
#[derive(Clone, Copy, Debug)]
pub struct Replaced {
    /// Offset of the first U+FFFD in the text.
    pub text_pos: u32,
    /// Offset of the first invalid byte in the file.
    pub file_pos: u32,
    /// How many bytes (and so how many U+FFFD characters).
    pub count: u32,
}

impl Replaced {
    /// The range of the decoded text the replacements cover.
    pub fn text_range(&self) -> Range<u32> {
        self.text_pos..self.text_pos + self.count * REPLACEMENT_LEN
    }
}

/// Decodes `bytes` as Go does: each byte that does not start a valid UTF-8
/// sequence becomes one U+FFFD. `None` when the text would be longer than
/// `max_len` (at most `u32::MAX - 1`, as positions are `u32`).
pub fn decode(bytes: &[u8], max_len: usize) -> Option<(String, Vec<Replaced>)> {
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
                if text.len() > max_len {
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
    if text.len() > max_len {
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
