//! minigo: a Go interpreter with its own GMP scheduler. This crate is the
//! facade for embedding and the home of the CLI.

pub use minigo_lexer as lexer;
pub use minigo_parser as parser;
