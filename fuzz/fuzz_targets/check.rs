//! The whole front end on arbitrary bytes: syntax, branch and type checking
//! (standard packages included), and the rendering of every diagnostic. No
//! input may panic or hang the checker, and every error must lie inside
//! the file.

#![no_main]

use libfuzzer_sys::fuzz_target;
use minigo::{diag, SourceFile, Style};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = SourceFile::from_bytes("fuzz.go", data) else {
        return;
    };
    let len = src.text().len() as u32;
    match minigo::check_program(&src) {
        Ok(program) => {
            // A checked program has a side table for each of its files.
            assert_eq!(program.checked.files.len(), program.sources.files.len());
        }
        Err(diags) => {
            for d in &diags {
                assert!(d.pos <= len, "error at {} outside 0..{len}: {}", d.pos, d.msg);
            }
            for style in [Style::Plain, Style::Fancy { color: false }] {
                diag::emit(&mut std::io::sink(), style, &src, &diags).expect("writing to a sink");
            }
        }
    }
});
