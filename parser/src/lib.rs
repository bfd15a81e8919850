//! Go's syntax: a recursive-descent parser after gc's
//! `cmd/compile/internal/syntax/parser.go`, producing the [`ast`] with gc's
//! syntax-error wording and positions.

pub mod ast;
mod branches;
mod decl;
mod errors;
mod expr;
mod parser;
pub mod printer;
mod stmt;
mod types;

use ast::{ExprRoot, File, StmtList, SyntaxError};
use minigo_lexer::Token;
use parser::Parser;
use std::ops::Range;

pub use branches::{check_branches, check_branches_after};
pub use parser::MAX_DEPTH;

/// Parses one source file. The tree is always returned (with `Bad` nodes
/// where recovery was needed); the errors are gc's, in source order,
/// filtered as gc's driver does (one syntax error per line). The caller
/// applies gc's limit of 10 errors.
pub fn parse_file(src: &str) -> (File, Vec<SyntaxError>) {
    parse_file_in(src, Parser::new(src))
}

/// [`parse_file`] for text decoded from a file's bytes with each invalid
/// byte replaced by one U+FFFD: `invalid_utf8` are the (sorted) ranges of
/// `src` those replacements cover, each reported as gc reports an invalid
/// byte (`invalid UTF-8 encoding`).
pub fn parse_file_with_invalid_utf8(
    src: &str,
    invalid_utf8: &[Range<u32>],
) -> (File, Vec<SyntaxError>) {
    parse_file_in(src, Parser::with_invalid_utf8(src, invalid_utf8))
}

fn parse_file_in(src: &str, mut p: Parser) -> (File, Vec<SyntaxError>) {
    let mut file = p.file();
    file.expr_count = p.expr_count();
    let errors = errors::finish(src, p.errors);
    (file, errors)
}

/// Parses a statement list as inside a function body (REPL input).
pub fn parse_stmts(src: &str) -> (StmtList, Vec<SyntaxError>) {
    let mut p = Parser::new(src);
    p.fnest = 1;
    let mut stmts = Vec::new();
    loop {
        stmts.extend(p.stmt_list());
        if p.tok == Token::Eof {
            break;
        }
        // a stray `}`, `case` or `default`, or a token that starts no
        // statement
        p.syntax_error("");
        p.advance(0);
    }
    let list = StmtList {
        stmts,
        expr_count: p.expr_count(),
    };
    (list, errors::finish(src, p.errors))
}

/// Parses one expression (REPL input).
pub fn parse_expr(src: &str) -> (ExprRoot, Vec<SyntaxError>) {
    let mut p = Parser::new(src);
    p.fnest = 1;
    let expr = p.expr();
    p.got(Token::Semi);
    if p.tok != Token::Eof {
        p.syntax_error("after expression");
    }
    let root = ExprRoot {
        expr,
        expr_count: p.expr_count(),
    };
    (root, errors::finish(src, p.errors))
}
