//! Lexing throughput: `lexbench PATH...` lexes every `.go` file under the
//! given files and directories (read into memory first) and prints MB/s.

use minigo_lexer::{Lexer, Token};
use std::path::{Path, PathBuf};
use std::time::Instant;

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(rd) = std::fs::read_dir(path) else {
            return;
        };
        let mut entries: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            collect(&p, out);
        }
    } else if path.extension().is_some_and(|x| x == "go") {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        collect(Path::new(&arg), &mut paths);
    }
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut best = f64::MAX;
    let (mut tokens, mut errors) = (0usize, 0usize);
    for _ in 0..5 {
        let t = Instant::now();
        tokens = 0;
        errors = 0;
        for text in &texts {
            let mut lx = Lexer::new(text);
            while lx.next_token().tok != Token::Eof {
                tokens += 1;
            }
            errors += lx.take_errors().len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} files, {:.1} MB, {tokens} tokens, {errors} errors: {:.3} s, {:.0} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        best,
        bytes as f64 / 1e6 / best
    );
}
