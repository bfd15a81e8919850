//! The raw token scan, by logos: operators, keywords, ASCII identifiers
//! and whitespace completely; for literals, comments and non-ASCII
//! identifiers only their first character(s), after which the `Lexer`
//! hands over to the scanners in `scan.rs` (their extent and errors follow
//! gc's scanner character by character, which a regular expression cannot
//! report with gc's positions).

use crate::Token;
use logos::Logos;

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(skip r"[ \t\r]+")]
pub(crate) enum Raw {
    /// A newline and the white space after it; the newline may insert a
    /// semicolon.
    #[regex(r"\n[ \t\r\n]*")]
    Newline,
    /// An ASCII identifier (a keyword matches its own token instead).
    #[regex("[A-Za-z_][A-Za-z0-9_]*")]
    Name,
    #[regex("[0-9]")]
    Number,
    #[regex(r"\.[0-9]")]
    DotNumber,
    #[token("\"")]
    Quote,
    #[token("`")]
    BackQuote,
    #[token("'")]
    Apostrophe,
    #[token("//")]
    LineComment,
    #[token("/*")]
    FullComment,
    /// Any non-ASCII character: an identifier, or a misplaced BOM.
    #[regex(r"[^\x00-\x7F]")]
    NonAscii,
    /// A token complete as matched.
    #[token("+", |_| Token::Add)]
    #[token("-", |_| Token::Sub)]
    #[token("*", |_| Token::Mul)]
    #[token("/", |_| Token::Quo)]
    #[token("%", |_| Token::Rem)]
    #[token("&", |_| Token::And)]
    #[token("|", |_| Token::Or)]
    #[token("^", |_| Token::Xor)]
    #[token("<<", |_| Token::Shl)]
    #[token(">>", |_| Token::Shr)]
    #[token("&^", |_| Token::AndNot)]
    #[token("+=", |_| Token::AddAssign)]
    #[token("-=", |_| Token::SubAssign)]
    #[token("*=", |_| Token::MulAssign)]
    #[token("/=", |_| Token::QuoAssign)]
    #[token("%=", |_| Token::RemAssign)]
    #[token("&=", |_| Token::AndAssign)]
    #[token("|=", |_| Token::OrAssign)]
    #[token("^=", |_| Token::XorAssign)]
    #[token("<<=", |_| Token::ShlAssign)]
    #[token(">>=", |_| Token::ShrAssign)]
    #[token("&^=", |_| Token::AndNotAssign)]
    #[token("&&", |_| Token::AndAnd)]
    #[token("||", |_| Token::OrOr)]
    #[token("<-", |_| Token::Arrow)]
    #[token("++", |_| Token::Inc)]
    #[token("--", |_| Token::Dec)]
    #[token("==", |_| Token::Eql)]
    #[token("<", |_| Token::Lss)]
    #[token(">", |_| Token::Gtr)]
    #[token("=", |_| Token::Assign)]
    #[token("!", |_| Token::Not)]
    #[token("~", |_| Token::Tilde)]
    #[token("!=", |_| Token::Neq)]
    #[token("<=", |_| Token::Leq)]
    #[token(">=", |_| Token::Geq)]
    #[token(":=", |_| Token::Define)]
    #[token("...", |_| Token::Ellipsis)]
    #[token("(", |_| Token::LParen)]
    #[token("[", |_| Token::LBrack)]
    #[token("{", |_| Token::LBrace)]
    #[token(",", |_| Token::Comma)]
    #[token(".", |_| Token::Dot)]
    #[token(")", |_| Token::RParen)]
    #[token("]", |_| Token::RBrack)]
    #[token("}", |_| Token::RBrace)]
    #[token(";", |_| Token::Semi)]
    #[token(":", |_| Token::Colon)]
    #[token("break", |_| Token::Break)]
    #[token("case", |_| Token::Case)]
    #[token("chan", |_| Token::Chan)]
    #[token("const", |_| Token::Const)]
    #[token("continue", |_| Token::Continue)]
    #[token("default", |_| Token::Default)]
    #[token("defer", |_| Token::Defer)]
    #[token("else", |_| Token::Else)]
    #[token("fallthrough", |_| Token::Fallthrough)]
    #[token("for", |_| Token::For)]
    #[token("func", |_| Token::Func)]
    #[token("go", |_| Token::Go)]
    #[token("goto", |_| Token::Goto)]
    #[token("if", |_| Token::If)]
    #[token("import", |_| Token::Import)]
    #[token("interface", |_| Token::Interface)]
    #[token("map", |_| Token::Map)]
    #[token("package", |_| Token::Package)]
    #[token("range", |_| Token::Range)]
    #[token("return", |_| Token::Return)]
    #[token("select", |_| Token::Select)]
    #[token("struct", |_| Token::Struct)]
    #[token("switch", |_| Token::Switch)]
    #[token("type", |_| Token::Type)]
    #[token("var", |_| Token::Var)]
    Tok(Token),
}
