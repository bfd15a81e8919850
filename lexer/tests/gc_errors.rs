//! Golden tests: the scanner errors for each `gc/NAME.go` must equal
//! `gc/NAME.err`, which `tools/record-gc.sh` recorded from gc itself
//! (`go tool compile`, parser messages left out).

use minigo_lexer::{utf8, Lexer, LineMap, Token};
use std::path::Path;

fn lex_errors(name: &str, bytes: &[u8]) -> String {
    let (text, replaced) = utf8::decode(bytes, u32::MAX as usize - 1).expect("small file");
    let runs: Vec<_> = replaced.iter().map(|r| r.text_range()).collect();
    let mut lx = Lexer::with_invalid_utf8(&text, &runs);
    let limit = text.len() + 2;
    let mut n = 0;
    while lx.next_token().tok != Token::Eof {
        n += 1;
        assert!(n <= limit, "{name}: too many tokens");
    }
    let map = LineMap::new(&text);
    let mut out = String::new();
    for e in lx.take_errors() {
        let (line, col) = map.line_col(e.pos);
        out.push_str(&format!("{name}:{line}:{col}: {}\n", e.msg));
    }
    out
}

#[test]
fn scanner_errors_match_gc() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gc");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/gc")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    assert!(files.len() >= 40, "golden files missing");
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let bytes = std::fs::read(path).expect("read .go");
        let want = std::fs::read_to_string(path.with_extension("err")).expect("read .err");
        let got = lex_errors(name, &bytes);
        if got != want {
            failures.push(format!("{name}:\n--- gc\n{want}--- minigo\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
