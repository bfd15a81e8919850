//! Go's tokens, named as in `cmd/compile/internal/syntax/tokens.go` where a
//! name exists there, so that gc's parser is easy to compare against.

use std::fmt;

/// A byte range `lo..hi` in one source file. Offsets are bytes, as gc's
/// columns are bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub const fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
    pub fn is_empty(self) -> bool {
        self.lo == self.hi
    }
    pub fn len(self) -> u32 {
        self.hi - self.lo
    }
}

/// One token kind. Literal and identifier text is not stored: it is the
/// source text under the token's span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Token {
    Eof,

    // names and literals
    Name,
    /// Integer literal (any base).
    Int,
    Float,
    Imag,
    /// Rune literal `'a'`.
    Char,
    /// Interpreted `"..."` or raw `` `...` `` string literal.
    String,

    // operators
    Add,    // +
    Sub,    // -
    Mul,    // *
    Quo,    // /
    Rem,    // %
    And,    // &
    Or,     // |
    Xor,    // ^
    Shl,    // <<
    Shr,    // >>
    AndNot, // &^

    AddAssign,    // +=
    SubAssign,    // -=
    MulAssign,    // *=
    QuoAssign,    // /=
    RemAssign,    // %=
    AndAssign,    // &=
    OrAssign,     // |=
    XorAssign,    // ^=
    ShlAssign,    // <<=
    ShrAssign,    // >>=
    AndNotAssign, // &^=

    AndAnd, // &&
    OrOr,   // ||
    Arrow,  // <-
    Inc,    // ++
    Dec,    // --

    Eql,    // ==
    Lss,    // <
    Gtr,    // >
    Assign, // =
    Not,    // !
    Tilde,  // ~

    Neq,      // !=
    Leq,      // <=
    Geq,      // >=
    Define,   // :=
    Ellipsis, // ...

    LParen, // (
    LBrack, // [
    LBrace, // {
    Comma,  // ,
    Dot,    // .

    RParen, // )
    RBrack, // ]
    RBrace, // }
    /// `;`, written or inserted. An inserted semicolon has an empty span at
    /// the newline (or at the end of the file) that caused it, which is how
    /// diagnostics tell "newline" and "EOF" from "semicolon".
    Semi,
    Colon, // :

    // keywords
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

impl Token {
    /// The token as gc spells it in "unexpected X" messages (operators and
    /// keywords by their text; names and literals are described by the
    /// parser, which has the source).
    pub fn text(self) -> &'static str {
        use Token::*;
        match self {
            Eof => "EOF",
            Name => "name",
            Int | Float | Imag | Char | String => "literal",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            AndAnd => "&&",
            OrOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            Comma => ",",
            Dot => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semi => ";",
            Colon => ":",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
        }
    }

    pub fn is_keyword(self) -> bool {
        (self as u8) >= (Token::Break as u8)
    }

    pub fn is_literal(self) -> bool {
        matches!(
            self,
            Token::Int | Token::Float | Token::Imag | Token::Char | Token::String
        )
    }

    /// Whether a newline after this token inserts a semicolon (Go spec,
    /// "Semicolons").
    pub fn ends_statement(self) -> bool {
        use Token::*;
        matches!(
            self,
            Name | Int
                | Float
                | Imag
                | Char
                | String
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

/// A token with its place in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lexeme {
    pub tok: Token,
    pub span: Span,
}
