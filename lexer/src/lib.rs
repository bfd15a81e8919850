//! Go's lexical grammar: tokens (scanned with logos), automatic semicolon
//! insertion as the Go spec states it, and byte-offset positions with a
//! line/column map.
//!
//! Behaviour and error messages follow gc's scanner
//! (`cmd/compile/internal/syntax/scanner.go` and `source.go`), so that
//! diagnostics read and point as gc's do. `//line` directives are ordinary
//! comments here: positions always refer to the file as read.

mod cursor;
mod gofmt;
mod linemap;
mod raw;
mod scan;
mod token;
mod unicode;
mod unicode_tables;
pub mod utf8;

pub use linemap::LineMap;
pub use token::{Lexeme, Span, Token};
pub use unicode::{is_digit, is_letter};

use cursor::Cursor;
use logos::Logos;
use raw::Raw;
use std::ops::Range;

/// The text ranges whose U+FFFD characters replace invalid bytes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct InvalidUtf8<'src> {
    runs: &'src [Range<u32>],
}

impl InvalidUtf8<'_> {
    const NONE: InvalidUtf8<'static> = InvalidUtf8 { runs: &[] };

    /// Whether the character at `pos` replaces an invalid byte.
    pub(crate) fn contains(self, pos: usize) -> bool {
        let Ok(pos) = u32::try_from(pos) else {
            return false;
        };
        let i = self.runs.partition_point(|r| r.end <= pos);
        self.runs.get(i).is_some_and(|r| r.start <= pos)
    }
}

/// A lexical error, in gc's scanner wording (`newline in string`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub pos: u32,
    pub msg: String,
}

/// Produces the tokens of one source file, semicolons inserted.
pub struct Lexer<'src> {
    src: &'src str,
    raw: logos::Lexer<'src, Raw>,
    /// gc's `nlsemi`: a newline or the end of the file now inserts a
    /// semicolon.
    nlsemi: bool,
    /// Where a U+FFFD in `src` stands for a byte of invalid UTF-8 in the
    /// file (see [`Lexer::with_invalid_utf8`]).
    invalid: InvalidUtf8<'src>,
    errors: Vec<LexError>,
}

impl<'src> Lexer<'src> {
    pub fn new(src: &'src str) -> Self {
        let mut raw = Raw::lexer(src);
        // A BOM is allowed, and ignored, as the very first character.
        if src.starts_with('\u{FEFF}') {
            raw.bump('\u{FEFF}'.len_utf8());
        }
        Lexer {
            src,
            raw,
            nlsemi: false,
            invalid: InvalidUtf8::NONE,
            errors: Vec::new(),
        }
    }

    /// A lexer for text decoded from bytes with each invalid byte replaced
    /// by one U+FFFD: `runs` are the ranges of `src` (sorted, disjoint)
    /// covered by such replacements. A U+FFFD inside a run is reported as
    /// gc reports a byte of invalid UTF-8 (`invalid UTF-8 encoding`) and
    /// skipped; one outside is the character U+FFFD, as the file spelt it.
    pub fn with_invalid_utf8(src: &'src str, runs: &'src [Range<u32>]) -> Self {
        Lexer {
            invalid: InvalidUtf8 { runs },
            ..Lexer::new(src)
        }
    }

    pub fn source(&self) -> &'src str {
        self.src
    }

    /// Errors found so far, drained.
    pub fn take_errors(&mut self) -> Vec<LexError> {
        std::mem::take(&mut self.errors)
    }

    /// The next token; `Token::Eof` (forever) at the end.
    pub fn next_token(&mut self) -> Lexeme {
        loop {
            let Some(res) = self.raw.next() else {
                return self.end_of_file();
            };
            let span = self.raw.span();
            let (lo, hi) = (span.start, span.end);
            let tok = match res {
                Ok(Raw::Tok(tok)) => {
                    if tok.is_keyword() && self.ident_continues(hi) {
                        Token::Name
                    } else {
                        tok
                    }
                }
                Ok(Raw::Name) => {
                    self.ident_continues(hi);
                    Token::Name
                }
                Ok(Raw::Newline) => {
                    if self.nlsemi {
                        self.nlsemi = false;
                        return Lexeme {
                            tok: Token::Semi,
                            span: Span::new(lo as u32, lo as u32),
                        };
                    }
                    continue;
                }
                Ok(Raw::Number) => {
                    let mut cur = self.cursor(lo);
                    let tok = scan::number(&mut cur, lo, false);
                    let end = cur.pos;
                    self.bump_to(end);
                    tok
                }
                Ok(Raw::DotNumber) => {
                    let mut cur = self.cursor(lo + 1);
                    let tok = scan::number(&mut cur, lo, true);
                    let end = cur.pos;
                    self.bump_to(end);
                    tok
                }
                Ok(Raw::Quote) => {
                    let mut cur = self.cursor(lo);
                    scan::std_string(&mut cur, lo);
                    let end = cur.pos;
                    self.bump_to(end);
                    Token::String
                }
                Ok(Raw::BackQuote) => {
                    let mut cur = self.cursor(lo);
                    scan::raw_string(&mut cur, lo);
                    let end = cur.pos;
                    self.bump_to(end);
                    Token::String
                }
                Ok(Raw::Apostrophe) => {
                    let mut cur = self.cursor(lo);
                    scan::rune(&mut cur, lo);
                    let end = cur.pos;
                    self.bump_to(end);
                    Token::Char
                }
                Ok(Raw::LineComment) => {
                    let mut cur = self.cursor(hi);
                    scan::line_comment(&mut cur);
                    let end = cur.pos;
                    self.bump_to(end);
                    continue;
                }
                Ok(Raw::FullComment) => {
                    let mut cur = self.cursor(hi);
                    let newline = scan::full_comment(&mut cur, lo);
                    let end = cur.pos;
                    self.bump_to(end);
                    if newline && self.nlsemi {
                        // A multi-line comment acts like a newline; gc
                        // places the semicolon at the comment's start.
                        self.nlsemi = false;
                        return Lexeme {
                            tok: Token::Semi,
                            span: Span::new(lo as u32, lo as u32),
                        };
                    }
                    continue;
                }
                Ok(Raw::NonAscii) => {
                    let c = self
                        .src
                        .get(lo..)
                        .and_then(|s| s.chars().next())
                        .unwrap_or(' ');
                    if c == '\u{FEFF}' || (c == '\u{FFFD}' && self.invalid.contains(lo)) {
                        // The cursor reports and skips these.
                        let cur = self.cursor(lo);
                        let end = cur.pos;
                        self.bump_to(end);
                        continue;
                    }
                    let mut cur = self.cursor(lo);
                    scan::ident_non_ascii(&mut cur);
                    let end = cur.pos;
                    self.bump_to(end);
                    Token::Name
                }
                Err(()) => {
                    self.invalid_char(lo, hi);
                    continue;
                }
            };
            self.nlsemi = tok.ends_statement();
            let hi = self.raw.span().end;
            return Lexeme {
                tok,
                span: Span::new(lo as u32, hi as u32),
            };
        }
    }

    fn end_of_file(&mut self) -> Lexeme {
        let end = self.src.len() as u32;
        let tok = if std::mem::take(&mut self.nlsemi) {
            Token::Semi
        } else {
            Token::Eof
        };
        Lexeme {
            tok,
            span: Span::new(end, end),
        }
    }

    fn cursor(&mut self, pos: usize) -> Cursor<'src, '_> {
        Cursor::at(self.src, pos, self.invalid, &mut self.errors)
    }

    /// Extends the current raw token to `end`.
    fn bump_to(&mut self, end: usize) {
        let hi = self.raw.span().end;
        if end > hi {
            self.raw.bump(end - hi);
        }
    }

    /// After an ASCII identifier or keyword ending at `hi`: whether a
    /// non-ASCII character (or a skipped NUL) continues it, as gc's
    /// `ident` would; if so the token is extended over the rest.
    fn ident_continues(&mut self, hi: usize) -> bool {
        match self.src.as_bytes().get(hi) {
            Some(&b) if b >= 0x80 || b == 0 => {
                let mut cur = self.cursor(hi);
                scan::ident_rest(&mut cur);
                let end = cur.pos;
                self.bump_to(end);
                true
            }
            _ => false,
        }
    }

    /// A character that starts no token: gc reports and skips it.
    fn invalid_char(&mut self, lo: usize, hi: usize) {
        let c = self
            .src
            .get(lo..)
            .and_then(|s| s.chars().next())
            .unwrap_or(' ');
        let msg = if c == '\0' {
            "invalid NUL character".to_string()
        } else {
            format!("invalid character {}", gofmt::sharp_u(c as u32))
        };
        self.errors.push(LexError {
            pos: lo as u32,
            msg,
        });
        let end = lo + c.len_utf8();
        if end > hi {
            self.raw.bump(end - hi);
        }
    }
}
