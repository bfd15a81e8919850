//! Go's lexical grammar: tokens (scanned with logos), automatic semicolon
//! insertion as the Go spec states it, and byte-offset positions with a
//! line/column map.

mod linemap;
mod token;

pub use linemap::LineMap;
pub use token::{Lexeme, Span, Token};

/// A lexical error, in gc's scanner wording (`newline in string`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub pos: u32,
    pub msg: String,
}

/// Produces the tokens of one source file, semicolons inserted.
pub struct Lexer<'src> {
    src: &'src str,
    errors: Vec<LexError>,
}

impl<'src> Lexer<'src> {
    pub fn new(src: &'src str) -> Self {
        Lexer { src, errors: Vec::new() }
    }

    pub fn source(&self) -> &'src str {
        self.src
    }

    /// The next token; `Token::Eof` (forever) at the end.
    pub fn next_token(&mut self) -> Lexeme {
        let end = self.src.len() as u32;
        Lexeme { tok: Token::Eof, span: Span::new(end, end) }
    }

    /// Errors found so far, drained.
    pub fn take_errors(&mut self) -> Vec<LexError> {
        std::mem::take(&mut self.errors)
    }
}
