//! Lexer, parser, line map and diagnostics rendering on arbitrary bytes:
//! none may panic, hang, or produce a position outside the file.

#![no_main]

use libfuzzer_sys::fuzz_target;
use minigo::{diag, Diagnostic, SourceFile, Style};
use minigo_lexer::{Lexer, LineMap, Token};

fuzz_target!(|data: &[u8]| {
    // Files are read as bytes and decoded as the CLI does.
    let Ok(src) = SourceFile::from_bytes("fuzz.go", data) else {
        return;
    };
    let text = src.text();
    let len = text.len() as u32;

    lex_to_end(Lexer::new(text), text);
    if !src.invalid_utf8().is_empty() {
        lex_to_end(Lexer::with_invalid_utf8(text, src.invalid_utf8()), text);
    }

    let lines = LineMap::new(text);
    let (_file, errors) = minigo_parser::parse_file_with_invalid_utf8(text, src.invalid_utf8());
    let mut previous = 0;
    for e in &errors {
        assert!(
            e.pos <= len,
            "error at {} outside 0..{len}: {}",
            e.pos,
            e.msg
        );
        assert!(e.pos >= previous, "errors out of order");
        previous = e.pos;
        let (line, col) = lines.line_col(e.pos);
        assert!(line >= 1 && col >= 1);
        let _ = src.line_col(e.pos);
    }

    // Both renderings of the diagnostics, as the CLI prints them.
    let diags: Vec<Diagnostic> = errors
        .into_iter()
        .map(|e| Diagnostic {
            file: "fuzz.go".into(),
            pos: e.pos,
            msg: e.msg,
        })
        .collect();
    for style in [Style::Plain, Style::Fancy { color: true }] {
        diag::emit(&mut std::io::sink(), style, &src, &diags).expect("writing to a sink");
    }
});

/// Every token lies inside the file, in order, and the stream ends: each
/// token but an inserted semicolon consumes input, and a semicolon is
/// inserted at most once per line end or at the end.
fn lex_to_end(mut lexer: Lexer, text: &str) {
    let len = text.len() as u32;
    let mut last_lo = 0;
    let mut count = 0usize;
    loop {
        let lexeme = lexer.next_token();
        assert!(
            lexeme.span.lo <= lexeme.span.hi && lexeme.span.hi <= len,
            "{lexeme:?} outside 0..{len}"
        );
        assert!(lexeme.span.lo >= last_lo, "{lexeme:?} before {last_lo}");
        last_lo = lexeme.span.lo;
        if lexeme.tok == Token::Eof {
            break;
        }
        count += 1;
        assert!(
            count <= 2 * text.len() + 2,
            "the lexer does not reach the end"
        );
    }
    for e in lexer.take_errors() {
        assert!(e.pos <= len, "lexer error at {} outside 0..{len}", e.pos);
    }
}
