//! Prints the tokens and errors of a Go file, one per line, with gc-style
//! positions: `lexdump FILE.go`.

use minigo_lexer::{utf8, Lexer, LineMap, Token};

fn main() {
    for path in std::env::args().skip(1) {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        };
        let Some((text, replaced)) = utf8::decode(&bytes, u32::MAX as usize - 1) else {
            eprintln!("{path}: file too large");
            std::process::exit(1);
        };
        let runs: Vec<_> = replaced.iter().map(|r| r.text_range()).collect();
        let map = LineMap::new(&text);
        let mut lx = Lexer::with_invalid_utf8(&text, &runs);
        loop {
            let t = lx.next_token();
            let (l, c) = map.line_col(t.span.lo);
            let lit = text
                .get(t.span.lo as usize..t.span.hi as usize)
                .unwrap_or("");
            println!("{l}:{c}\t{:?}\t{lit:?}", t.tok);
            if t.tok == Token::Eof {
                break;
            }
        }
        for e in lx.take_errors() {
            let (l, c) = map.line_col(e.pos);
            println!("{path}:{l}:{c}: {}", e.msg);
        }
    }
}
