//! The parser's core: token handling, error reporting and recovery, after
//! the first part of gc's `syntax/parser.go` (`got`, `want`, `advance`,
//! `list`, `syntaxErrorAt`).

use std::ops::Range;

use minigo_lexer::{Lexer, Span, Token};

use crate::ast::{BasicLit, Expr, ExprId, ExprKind, Ident, LitKind};

/// Nesting limit for expressions, types and statements. gc has none (Go
/// stacks grow); ours is fixed, so deeply nested input gets an error
/// instead of overflowing the stack. Real code nests a few dozen levels.
/// Chosen so that a debug build fits the limit in an 8 MiB main-thread
/// stack (see `tests/robustness.rs`).
pub const MAX_DEPTH: u32 = 2500;

/// A set of tokens, one bit per [`Token`] (gc's follow lists).
pub(crate) type TokSet = u128;

const _: () = assert!((Token::Var as u32) < 128);

pub(crate) const fn bit(t: Token) -> TokSet {
    1u128 << (t as u32)
}

pub(crate) const fn set(toks: &[Token]) -> TokSet {
    let mut s = 0;
    let mut i = 0;
    while i < toks.len() {
        s |= bit(toks[i]);
        i += 1;
    }
    s
}

/// gc's `_Operator` token class (`*` is `_Star`, `<-` is `_Arrow`).
pub(crate) const OPERATOR: TokSet = set(&[
    Token::Add,
    Token::Sub,
    Token::Quo,
    Token::Rem,
    Token::And,
    Token::Or,
    Token::Xor,
    Token::Shl,
    Token::Shr,
    Token::AndNot,
    Token::AndAnd,
    Token::OrOr,
    Token::Eql,
    Token::Neq,
    Token::Lss,
    Token::Leq,
    Token::Gtr,
    Token::Geq,
    Token::Not,
    Token::Tilde,
]);

/// Keywords that start a statement: good synchronization points inside
/// function bodies (gc's `stopset`).
const STOPSET: TokSet = set(&[
    Token::Break,
    Token::Const,
    Token::Continue,
    Token::Defer,
    Token::Fallthrough,
    Token::For,
    Token::Go,
    Token::Goto,
    Token::If,
    Token::Return,
    Token::Select,
    Token::Switch,
    Token::Type,
    Token::Var,
]);

/// An error as reported, before the driver's filtering.
#[derive(Debug)]
pub(crate) struct RawError {
    pub pos: u32,
    pub msg: String,
}

pub(crate) struct Parser<'s> {
    pub(crate) src: &'s str,
    lexer: Lexer<'s>,
    /// The current token.
    pub(crate) tok: Token,
    pub(crate) span: Span,
    /// End of the previously consumed token (node spans end there).
    pub(crate) prev_hi: u32,
    pub(crate) errors: Vec<RawError>,
    /// Whether any error (lexical included) was reported (gc's `p.first`).
    first: bool,
    /// Function nesting level.
    pub(crate) fnest: i32,
    /// Expression nesting level; negative in statement headers, where `{`
    /// after a name opens the block, not a composite literal.
    pub(crate) xnest: i32,
    next_id: u32,
    depth: u32,
    bailed: bool,
}

impl<'s> Parser<'s> {
    pub(crate) fn new(src: &'s str) -> Parser<'s> {
        Parser::with_lexer(src, Lexer::new(src))
    }

    /// A parser over text whose U+FFFD characters in `runs` replace invalid
    /// bytes of the file (see `Lexer::with_invalid_utf8`).
    pub(crate) fn with_invalid_utf8(src: &'s str, runs: &'s [Range<u32>]) -> Parser<'s> {
        Parser::with_lexer(src, Lexer::with_invalid_utf8(src, runs))
    }

    fn with_lexer(src: &'s str, lexer: Lexer<'s>) -> Parser<'s> {
        let mut p = Parser {
            src,
            lexer,
            tok: Token::Eof,
            span: Span::default(),
            prev_hi: 0,
            errors: Vec::new(),
            first: false,
            fnest: 0,
            xnest: 0,
            next_id: 0,
            depth: 0,
            bailed: false,
        };
        p.next();
        p.prev_hi = 0;
        p
    }

    /// Whether any error was reported so far.
    pub(crate) fn has_errors(&self) -> bool {
        self.first
    }

    pub(crate) fn expr_count(&self) -> u32 {
        self.next_id
    }

    // ------------------------------------------------------------------
    // Tokens

    pub(crate) fn next(&mut self) {
        self.prev_hi = self.span.hi;
        if self.bailed {
            self.tok = Token::Eof;
            return;
        }
        let lx = self.lexer.next_token();
        self.tok = lx.tok;
        self.span = lx.span;
        let errs = self.lexer.take_errors();
        if !errs.is_empty() {
            self.first = true;
            self.errors.extend(errs.into_iter().map(|e| RawError {
                pos: e.pos,
                msg: e.msg,
            }));
        }
    }

    /// Position of the current token.
    #[inline]
    pub(crate) fn pos(&self) -> u32 {
        self.span.lo
    }

    /// Source text of the current token.
    pub(crate) fn text(&self) -> &'s str {
        self.src
            .get(self.span.lo as usize..self.span.hi as usize)
            .unwrap_or("")
    }

    /// Span from `lo` to the end of the last consumed token.
    #[inline]
    pub(crate) fn span_from(&self, lo: u32) -> Span {
        Span::new(lo, self.prev_hi.max(lo))
    }

    pub(crate) fn got(&mut self, tok: Token) -> bool {
        if self.tok == tok {
            self.next();
            return true;
        }
        false
    }

    pub(crate) fn want(&mut self, tok: Token) {
        if !self.got(tok) {
            let msg = format!("expected {}", tokstring(tok));
            self.syntax_error(&msg);
            self.advance(0);
        }
    }

    /// Like `got(Assign)`, but also accepts `:=` (with an error) for better
    /// recovery.
    pub(crate) fn got_assign(&mut self) -> bool {
        match self.tok {
            Token::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Token::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    /// Consumes tokens until one in `follow` (or, inside functions, one
    /// that starts a statement). An empty `follow` consumes exactly one
    /// non-EOF token, to ensure progress.
    pub(crate) fn advance(&mut self, follow: TokSet) {
        if follow == 0 {
            if self.tok != Token::Eof {
                self.next();
            }
            return;
        }
        let mut set = follow | bit(Token::Eof);
        if self.fnest > 0 {
            set |= STOPSET;
        }
        while set & bit(self.tok) == 0 {
            self.next();
        }
    }

    /// `list = [ f { sep f } [sep] ] close .` Returns the position of the
    /// closing token. `f` returns true when no more elements are accepted.
    pub(crate) fn list(
        &mut self,
        context: &str,
        sep: Token,
        close: Token,
        mut f: impl FnMut(&mut Self) -> bool,
    ) -> Span {
        let mut done = false;
        while self.tok != Token::Eof && self.tok != close && !done {
            done = f(self);
            // sep is optional before close
            if !self.got(sep) && self.tok != close {
                let msg = format!(
                    "in {}; possibly missing {} or {}",
                    context,
                    tokstring(sep),
                    tokstring(close)
                );
                self.syntax_error(&msg);
                self.advance(set(&[Token::RParen, Token::RBrack, Token::RBrace]));
                if self.tok != close {
                    return Span::new(self.pos(), self.pos());
                }
            }
        }
        let span = self.span;
        self.want(close);
        if span.is_empty() {
            span
        } else {
            Span::new(span.lo, span.lo + 1)
        }
    }

    // ------------------------------------------------------------------
    // Errors

    pub(crate) fn error_at(&mut self, pos: u32, msg: String) {
        self.first = true;
        self.errors.push(RawError { pos, msg });
    }

    /// A non-syntax error at the current token (gc's `p.error`).
    pub(crate) fn error(&mut self, msg: &str) {
        self.error_at(self.pos(), msg.to_string());
    }

    pub(crate) fn syntax_error(&mut self, msg: &str) {
        self.syntax_error_at(self.pos(), msg);
    }

    pub(crate) fn syntax_error_at(&mut self, pos: u32, msg: &str) {
        if self.tok == Token::Eof && self.first {
            return; // avoid meaningless follow-up errors
        }
        let sep = if msg.is_empty() {
            ""
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            " "
        } else if msg.starts_with("expected ") {
            ", "
        } else {
            // plain error - we don't care about the current token
            self.error_at(pos, format!("syntax error: {msg}"));
            return;
        };
        let tok = self.tok_desc();
        self.error_at(pos, format!("syntax error: unexpected {tok}{sep}{msg}"));
    }

    /// The current token as gc names it after "unexpected".
    pub(crate) fn tok_desc(&self) -> String {
        match self.tok {
            Token::Name => format!("name {}", self.text()),
            Token::Semi => self.semi_lit().to_string(),
            t if t.is_literal() => format!("literal {}", self.text()),
            t => tokstring(t).to_string(),
        }
    }

    /// gc's `p.lit` for a semicolon token.
    pub(crate) fn semi_lit(&self) -> &'static str {
        if !self.span.is_empty() {
            "semicolon"
        } else if self.span.lo as usize >= self.src.len() {
            "EOF"
        } else {
            "newline"
        }
    }

    // ------------------------------------------------------------------
    // Nesting guard

    /// Enters one nesting level; false (after reporting once and stopping
    /// the parse) when the limit is exceeded. Always pair with `leave`.
    pub(crate) fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth <= MAX_DEPTH {
            return true;
        }
        if !self.bailed {
            self.error_at(
                self.pos(),
                "syntax error: exceeded max nesting depth".to_string(),
            );
            self.bailed = true;
            self.tok = Token::Eof;
            let end = self.src.len() as u32;
            self.span = Span::new(end, end);
        }
        false
    }

    pub(crate) fn leave(&mut self) {
        self.depth -= 1;
    }

    /// Leaves `n` levels entered one by one for a left-deep chain
    /// (`a + b + c ...`), whose tree depth grows with its length.
    pub(crate) fn leave_chain(&mut self, n: u32) {
        self.depth -= n;
    }

    // ------------------------------------------------------------------
    // Nodes

    pub(crate) fn mk(&mut self, span: Span, kind: ExprKind) -> Expr {
        let id = ExprId(self.next_id);
        self.next_id = self.next_id.wrapping_add(1);
        Expr { id, span, kind }
    }

    pub(crate) fn bad_expr(&mut self) -> Expr {
        let pos = self.pos();
        self.bad_expr_at(pos)
    }

    pub(crate) fn bad_expr_at(&mut self, pos: u32) -> Expr {
        self.mk(Span::new(pos, pos), ExprKind::Bad)
    }

    pub(crate) fn name_expr(&mut self, id: Ident) -> Expr {
        self.mk(id.span, ExprKind::Name(id.name))
    }

    /// The current name, consumed.
    fn take_ident(&mut self) -> Ident {
        let id = Ident {
            name: self.text().into(),
            span: self.span,
        };
        self.next();
        id
    }

    pub(crate) fn name(&mut self) -> Ident {
        if self.tok == Token::Name {
            return self.take_ident();
        }
        let id = Ident {
            name: "_".into(),
            span: Span::new(self.pos(), self.pos()),
        };
        self.syntax_error("expected name");
        self.advance(0);
        id
    }

    /// `IdentifierList = identifier { "," identifier } .`
    pub(crate) fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut l = vec![first];
        while self.got(Token::Comma) {
            l.push(self.name());
        }
        l
    }

    pub(crate) fn oliteral(&mut self) -> Option<BasicLit> {
        let kind = match self.tok {
            Token::Int => LitKind::Int,
            Token::Float => LitKind::Float,
            Token::Imag => LitKind::Imag,
            Token::Char => LitKind::Char,
            Token::String => LitKind::String,
            _ => return None,
        };
        let lit = BasicLit {
            kind,
            raw: self.text().into(),
            span: self.span,
        };
        self.next();
        Some(lit)
    }
}

/// gc's `tokstring`: the English word for selected punctuation.
pub(crate) fn tokstring(tok: Token) -> &'static str {
    match tok {
        Token::Comma => "comma",
        Token::Semi => "semicolon or newline",
        t if t.is_keyword() => keyword_string(t),
        t => t.text(),
    }
}

fn keyword_string(t: Token) -> &'static str {
    use Token::*;
    match t {
        Break => "keyword break",
        Case => "keyword case",
        Chan => "keyword chan",
        Const => "keyword const",
        Continue => "keyword continue",
        Default => "keyword default",
        Defer => "keyword defer",
        Else => "keyword else",
        Fallthrough => "keyword fallthrough",
        For => "keyword for",
        Func => "keyword func",
        Go => "keyword go",
        Goto => "keyword goto",
        If => "keyword if",
        Import => "keyword import",
        Interface => "keyword interface",
        Map => "keyword map",
        Package => "keyword package",
        Range => "keyword range",
        Return => "keyword return",
        Select => "keyword select",
        Struct => "keyword struct",
        Switch => "keyword switch",
        Type => "keyword type",
        Var => "keyword var",
        _ => t.text(),
    }
}
