//! minigo: a Go interpreter with its own GMP scheduler. This crate is the
//! facade for embedding and the home of the CLI.
//!
//! Today the front end is complete: Go source is checked for syntax errors,
//! reported in gc's wording. Type checking, compiling and running arrive in
//! later releases and will be added here.
//!
//! ```
//! let src = "package main\n\nfunc main() {}\n";
//! match minigo::check_syntax("main.go", src) {
//!     Ok(file) => println!("{} declarations", file.decls.len()),
//!     Err(diags) => {
//!         let file = minigo::SourceFile::new("main.go", src).unwrap();
//!         minigo::diag::emit(&mut std::io::stderr(), minigo::Style::Plain, &file, &diags).unwrap();
//!     }
//! }
//! ```

pub mod diag;
mod fancy;
pub mod source;

pub use minigo_lexer as lexer;
pub use minigo_parser as parser;
pub use minigo_parser::ast;

pub use diag::{Diagnostic, Style};
pub use source::SourceFile;

/// The version the CLI reports.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Parses one file. The syntax tree when it has no errors; else every error,
/// in source order, in gc's wording.
pub fn check_source(file: &SourceFile) -> Result<ast::File, Vec<Diagnostic>> {
    let (tree, errors) =
        minigo_parser::parse_file_with_invalid_utf8(file.text(), file.invalid_utf8());
    if errors.is_empty() {
        return Ok(tree);
    }
    Err(errors
        .into_iter()
        .map(|e| Diagnostic {
            file: file.name().to_string(),
            pos: e.pos,
            msg: e.msg,
        })
        .collect())
}

/// [`check_source`] for a file already held as a string. Diagnostics whose
/// position is needed as line and column go through
/// [`SourceFile::line_col`]; see [`diag::emit`] to print them as gc does.
pub fn check_syntax(name: &str, src: &str) -> Result<ast::File, Vec<Diagnostic>> {
    match SourceFile::new(name, src) {
        Ok(file) => check_source(&file),
        Err(source::TooLarge) => Err(vec![too_large(name)]),
    }
}

/// The diagnostic for a file beyond the front end's 4 GiB of positions.
fn too_large(name: &str) -> Diagnostic {
    Diagnostic {
        file: name.to_string(),
        pos: 0,
        msg: "file too large".to_string(),
    }
}
