//! Diagnostics and how they are shown: gc's `file:line:col: message` lines,
//! or an ariadne report with the source line for people at a terminal.

use std::io::{self, Write};

use crate::fancy::FancyReporter;
use crate::source::SourceFile;

/// gc stops after this many errors (`cmd/compile/internal/base/print.go`).
pub const ERROR_LIMIT: usize = 10;

/// One error in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file's name as the user gave it (gc prints it that way too).
    pub file: String,
    /// Byte offset into the [`SourceFile`] text.
    pub pos: u32,
    /// gc's wording, e.g. `syntax error: unexpected newline, expected {`.
    pub msg: String,
}

/// How diagnostics are drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// gc's `file:line:col: message`, one line each: for pipes, editors and
    /// scripts.
    Plain,
    /// An ariadne report quoting the source line; `color` adds ANSI colors.
    Fancy { color: bool },
}

/// Writes the diagnostics of one file, at most [`ERROR_LIMIT`] of them.
///
/// The limit is applied per file. gc counts across a whole package, but
/// `minigo run` takes one file, where the two agree, and `minigo parse` is a
/// per-file check like `gofmt -e`, where stopping at another file's tenth
/// error would hide the files that come after it.
///
/// As gc does, reaching the limit prints `file:line:col: too many errors` at
/// the position of the error that reached it, even when no more follow.
pub fn emit(
    out: &mut dyn Write,
    style: Style,
    src: &SourceFile,
    diags: &[Diagnostic],
) -> io::Result<()> {
    emit_package(out, style, std::slice::from_ref(src), diags)
}

/// Writes the diagnostics of a package of several files (each names its
/// file: [`Diagnostic::file`] is one of `files`' names), at most
/// [`ERROR_LIMIT`] in all, as gc counts them. A diagnostic naming no file of
/// `files` is placed in the first.
pub fn emit_package(
    out: &mut dyn Write,
    style: Style,
    files: &[SourceFile],
    diags: &[Diagnostic],
) -> io::Result<()> {
    let Some(first) = files.first() else {
        return Ok(());
    };
    let file_of = |d: &Diagnostic| {
        files
            .iter()
            .position(|f| f.name() == d.file)
            .unwrap_or_default()
    };
    let shown = diags.get(..ERROR_LIMIT).unwrap_or(diags);
    match style {
        Style::Plain => {
            for d in shown {
                writeln!(out, "{}", plain(&files[file_of(d)], d))?;
            }
        }
        Style::Fancy { color } => {
            let mut reporters: Vec<Option<FancyReporter>> = files.iter().map(|_| None).collect();
            for d in shown {
                let i = file_of(d);
                reporters[i]
                    .get_or_insert_with(|| FancyReporter::new(&files[i], color))
                    .write(out, d)?;
            }
        }
    }
    if diags.len() >= ERROR_LIMIT {
        if let Some(last) = shown.last() {
            let src = files.get(file_of(last)).unwrap_or(first);
            let (line, col) = src.line_col(last.pos);
            writeln!(out, "{}:{line}:{col}: too many errors", last.file)?;
        }
    }
    Ok(())
}

/// gc's one-line form.
pub fn plain(src: &SourceFile, d: &Diagnostic) -> String {
    let (line, col) = src.line_col(d.pos);
    format!("{}:{line}:{col}: {}", d.file, d.msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diags(src: &SourceFile, n: usize) -> Vec<Diagnostic> {
        (0..n)
            .map(|i| Diagnostic {
                file: src.name().into(),
                pos: i as u32 * 2,
                msg: format!("e{i}"),
            })
            .collect()
    }

    fn render(style: Style, src: &SourceFile, ds: &[Diagnostic]) -> String {
        let mut out = Vec::new();
        emit(&mut out, style, src, ds).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn plain_lines_are_gc_lines() {
        let src = SourceFile::new("x.go", "a\nb\nc\n").unwrap();
        assert_eq!(
            render(Style::Plain, &src, &diags(&src, 2)),
            "x.go:1:1: e0\nx.go:2:1: e1\n"
        );
    }

    #[test]
    fn ten_errors_reach_the_limit() {
        let text = "x\n".repeat(20);
        let src = SourceFile::new("x.go", text).unwrap();
        let nine = render(Style::Plain, &src, &diags(&src, 9));
        assert_eq!(nine.lines().count(), 9);
        assert!(!nine.contains("too many"));
        for n in [10, 15] {
            let out = render(Style::Plain, &src, &diags(&src, n));
            let lines: Vec<&str> = out.lines().collect();
            assert_eq!(lines.len(), 11);
            assert_eq!(lines[9], "x.go:10:1: e9");
            assert_eq!(lines[10], "x.go:10:1: too many errors");
        }
    }

    #[test]
    fn fancy_quotes_the_source_line() {
        let src = SourceFile::new("x.go", "package main\nvar = 1\n").unwrap();
        let d = Diagnostic {
            file: "x.go".into(),
            pos: 17,
            msg: "syntax error: unexpected =".into(),
        };
        let out = render(Style::Fancy { color: false }, &src, &[d]);
        assert!(out.contains("syntax error: unexpected ="), "{out}");
        assert!(out.contains("x.go:2:5"), "{out}");
        assert!(out.contains("var = 1"), "{out}");
        assert!(!out.contains('\x1b'), "{out}");
    }
}
