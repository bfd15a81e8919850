//! A character cursor over the source that behaves like gc's `source`
//! (`source.go`): NUL characters, a byte order mark after the start of the
//! file and a U+FFFD that replaces an invalid byte are reported and skipped wherever they
//! occur, so a literal or comment containing one goes on past it.

use crate::{InvalidUtf8, LexError};

/// The "character" at the end of input, as gc's `ch == -1`.
pub(crate) const EOF: i32 = -1;

pub(crate) struct Cursor<'s, 'e> {
    src: &'s str,
    /// Byte offset of `ch`.
    pub pos: usize,
    /// The current character, or `EOF`.
    pub ch: i32,
    width: usize,
    invalid: InvalidUtf8<'s>,
    errors: &'e mut Vec<LexError>,
}

impl<'s, 'e> Cursor<'s, 'e> {
    /// A cursor whose current character is the one at `pos` (or the first
    /// one after it that is not skipped). `pos` must be a char boundary.
    pub fn at(
        src: &'s str,
        pos: usize,
        invalid: InvalidUtf8<'s>,
        errors: &'e mut Vec<LexError>,
    ) -> Self {
        let mut c = Cursor {
            src,
            pos,
            ch: EOF,
            width: 0,
            invalid,
            errors,
        };
        c.load();
        c
    }

    pub fn bytes(&self) -> &'s [u8] {
        self.src.as_bytes()
    }

    /// gc's `nextch`.
    #[inline]
    pub fn next(&mut self) {
        self.pos += self.width;
        self.load();
    }

    /// Like `next`, and then moves over the bytes for which `plain` holds.
    /// `plain` must fail for NUL and for 0xEF (which starts both U+FEFF
    /// and U+FFFD) and may only fail for ASCII bytes or UTF-8 lead bytes,
    /// so that the cursor stops on a character boundary.
    #[inline]
    pub fn next_skip_plain(&mut self, plain: impl Fn(u8) -> bool) {
        let bytes = self.src.as_bytes();
        let mut p = self.pos + self.width;
        while p < bytes.len() && plain(bytes[p]) {
            p += 1;
        }
        self.pos = p;
        self.load();
    }

    /// Moves to `pos`, a character boundary; the bytes passed over must
    /// contain no NUL or 0xEF.
    pub fn jump(&mut self, pos: usize) {
        self.pos = pos;
        self.load();
    }

    #[inline]
    fn load(&mut self) {
        loop {
            let Some(&b) = self.src.as_bytes().get(self.pos) else {
                self.ch = EOF;
                self.width = 0;
                return;
            };
            if b < 0x80 {
                if b == 0 {
                    self.error_at(self.pos, "invalid NUL character".into());
                    self.pos += 1;
                    continue;
                }
                self.ch = b as i32;
                self.width = 1;
                return;
            }
            let Some(c) = self.src.get(self.pos..).and_then(|s| s.chars().next()) else {
                self.ch = EOF;
                self.width = 0;
                return;
            };
            let w = c.len_utf8();
            if c == '\u{FEFF}' {
                // Only the very first character may be a BOM.
                if self.pos != 0 {
                    self.error_at(self.pos, "invalid BOM in the middle of the file".into());
                }
                self.pos += w;
                continue;
            }
            if c == '\u{FFFD}' && self.invalid.contains(self.pos) {
                self.error_at(self.pos, "invalid UTF-8 encoding".into());
                self.pos += w;
                continue;
            }
            self.ch = c as i32;
            self.width = w;
            return;
        }
    }

    /// The current character as a `char` (U+FFFD at the end, never used
    /// for anything but messages).
    pub fn char(&self) -> char {
        u32::try_from(self.ch)
            .ok()
            .and_then(char::from_u32)
            .unwrap_or('\u{FFFD}')
    }

    /// gc's `errorf`: an error at the current character.
    pub fn error(&mut self, msg: String) {
        self.error_at(self.pos, msg);
    }

    pub fn error_at(&mut self, pos: usize, msg: String) {
        self.errors.push(LexError {
            pos: pos as u32,
            msg,
        });
    }
}
