//! Diagnostics drawn by ariadne, quoting the source line.
//!
//! The report's title is gc's message; ariadne's header names the file,
//! line and column. ariadne computes those itself; two things keep them in
//! step with gc's:
//!
//! - ariadne breaks lines at `\r`, vertical tab, form feed, U+0085, U+2028
//!   and U+2029 as well as `\n`, Go only at `\n`. Those characters (and every
//!   other control character, which could also drive the terminal) are
//!   replaced in the copy ariadne sees by characters of the same UTF-8
//!   length, so byte offsets do not move.
//! - ariadne's columns count characters, gc's bytes. They agree on lines of
//!   ASCII (nearly all Go code before an error); elsewhere a note gives gc's
//!   position.

use std::io::{self, Write};
use std::ops::Range;

use ariadne::{Color, Config, IndexType, Label, Report, ReportKind, Source};

use crate::diag::Diagnostic;
use crate::source::SourceFile;

/// Draws the diagnostics of one file; builds ariadne's line index once.
pub struct FancyReporter<'a> {
    src: &'a SourceFile,
    shown: Source<String>,
    color: bool,
}

impl<'a> FancyReporter<'a> {
    pub fn new(src: &'a SourceFile, color: bool) -> FancyReporter<'a> {
        FancyReporter {
            src,
            shown: Source::from(displayable(src.text())),
            color,
        }
    }

    pub fn write(&self, out: &mut dyn Write, d: &Diagnostic) -> io::Result<()> {
        let text = self.shown.text();
        let span = label_span(text, d.pos);
        let name = d.file.as_str();
        let config = Config::default()
            .with_index_type(IndexType::Byte)
            .with_color(self.color);
        let color = Color::Red; // dropped by the config when color is off
        let mut report = Report::build(ReportKind::Error, (name, span.clone()))
            .with_config(config)
            .with_message(&d.msg)
            .with_label(
                Label::new((name, span.clone()))
                    .with_color(color)
                    .with_message(label_text(&d.msg)),
            );
        let (line, col) = self.src.line_col(d.pos);
        let chars_before = line_prefix(text, span.start).chars().count();
        if chars_before + 1 != col as usize {
            // ariadne's header shows a character column; keep gc's in view.
            report = report.with_note(format!(
                "gc's position: {name}:{line}:{col} (columns count bytes)"
            ));
        }
        report.finish().write((name, &self.shown), out)
    }
}

/// What the label under the source says: the message without gc's
/// `syntax error: ` prefix, which the title already shows.
fn label_text(msg: &str) -> &str {
    msg.strip_prefix("syntax error: ").unwrap_or(msg)
}

/// The part of `pos`'s line before it (`pos` is a char boundary).
fn line_prefix(text: &str, pos: usize) -> &str {
    let before = text.get(..pos).unwrap_or(text);
    before
        .rfind('\n')
        .and_then(|i| before.get(i + 1..))
        .unwrap_or(before)
}

/// The label covers the character at `pos`, or nothing at a line end or the
/// end of the file (gc's `unexpected newline` points there).
fn label_span(text: &str, pos: u32) -> Range<usize> {
    let mut start = usize::try_from(pos).unwrap_or(usize::MAX).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let end = match text.get(start..).and_then(|rest| rest.chars().next()) {
        Some('\n') | None => start,
        Some(c) => start + c.len_utf8(),
    };
    start..end
}

/// The text with every character that ariadne or a terminal would treat
/// specially replaced by one of the same UTF-8 length.
fn displayable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push_str(match c.len_utf8() {
                1 => " ",
                _ => "\u{B7}", // C1 controls are two bytes, as is U+00B7
            }),
            // Line and paragraph separators and the bidirectional controls
            // (which reorder what the terminal shows) are three bytes.
            '\u{2028}'
            | '\u{2029}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}' => out.push(char::REPLACEMENT_CHARACTER),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str, pos: u32) -> String {
        let src = SourceFile::new("t.go", text).unwrap();
        let d = Diagnostic {
            file: "t.go".into(),
            pos,
            msg: "syntax error: here".into(),
        };
        let mut out = Vec::new();
        FancyReporter::new(&src, false).write(&mut out, &d).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn displayable_keeps_byte_offsets() {
        let text = "a\r\nb\x0bc\x0cd\u{85}e\u{2028}f\u{202E}g\x1b[31m";
        let shown = displayable(text);
        assert_eq!(shown.len(), text.len());
        assert_eq!(shown.matches('\n').count(), 1);
        assert!(!shown.chars().any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn label_span_stays_on_char_boundaries() {
        assert_eq!(label_span("aé", 1), 1..3);
        assert_eq!(label_span("aé", 2), 1..3);
        assert_eq!(label_span("a\n", 1), 1..1);
        assert_eq!(label_span("a", 1), 1..1);
        assert_eq!(label_span("a", 7), 1..1);
    }

    #[test]
    fn reports_at_awkward_places_render() {
        let texts = [
            "",
            "\n",
            "x",
            "a\r\nb",
            "\r\r\r",
            "é\u{2028}é",
            "\u{FFFD}\u{FFFD}\n",
            "\t\tx\n\n",
        ];
        for text in texts {
            for pos in 0..=text.len() as u32 + 1 {
                let out = render(text, pos);
                assert!(
                    out.contains("syntax error: here"),
                    "{text:?} at {pos}: {out}"
                );
            }
        }
    }

    #[test]
    fn location_matches_gc_on_ascii_lines() {
        let out = render("package p\n\tvar = 1\n", 15);
        assert!(out.starts_with("Error: syntax error: here\n"), "{out}");
        assert!(out.contains("t.go:2:6"), "{out}");
        assert!(out.contains("var = 1"), "{out}");
        assert!(!out.contains("gc's position"), "{out}");
    }

    #[test]
    fn non_ascii_lines_also_show_gc_position() {
        let out = render("package p\nvar é = )\n", 19);
        assert!(out.contains("gc's position: t.go:2:10"), "{out}");
    }
}
