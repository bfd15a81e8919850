//! Parses every file named on the command line and prints its syntax
//! errors as `file:line:col: message` (for corpus runs and profiling).
//! `-q` prints only a summary line; `-n N` parses everything N times.

use std::process::ExitCode;

use minigo_lexer::LineMap;

fn main() -> ExitCode {
    let mut quiet = false;
    let mut repeat = 1;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-q" => quiet = true,
            "-n" => repeat = args.next().and_then(|n| n.parse().ok()).unwrap_or(1),
            _ => files.push(a),
        }
    }
    let sources: Vec<(String, String)> = files
        .into_iter()
        .filter_map(|f| {
            let bytes = std::fs::read(&f).ok()?;
            Some((f, String::from_utf8_lossy(&bytes).into_owned()))
        })
        .collect();
    let start = std::time::Instant::now();
    let mut failed = 0;
    let mut bytes = 0;
    for round in 0..repeat {
        for (name, src) in &sources {
            let (file, errors) = minigo_parser::parse_file(src);
            std::hint::black_box(&file);
            if round > 0 {
                continue;
            }
            bytes += src.len();
            if !errors.is_empty() {
                failed += 1;
                if !quiet {
                    let lines = LineMap::new(src);
                    for e in &errors {
                        let (l, c) = lines.line_col(e.pos);
                        println!("{name}:{l}:{c}: {}", e.msg);
                    }
                }
            }
        }
    }
    let elapsed = start.elapsed();
    eprintln!(
        "{} files, {} bytes, {} with errors, {:.3}s for {} round(s)",
        sources.len(),
        bytes,
        failed,
        elapsed.as_secs_f64(),
        repeat
    );
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
