//! The filtering gc's driver applies to reported errors
//! (`cmd/compile/internal/base/print.go`: `ErrorfAt`, `FlushErrors`).

use minigo_lexer::LineMap;

use crate::ast::SyntaxError;
use crate::parser::RawError;

/// Errors as gc prints them: only one syntax error per line (the first
/// reported), equal non-syntax errors on one line once, then sorted by
/// position (stably) with exact duplicates dropped.
pub(crate) fn finish(src: &str, raw: Vec<RawError>) -> Vec<SyntaxError> {
    if raw.is_empty() {
        return Vec::new();
    }
    let lines = LineMap::new(src);
    let mut last_syntax_line = 0; // lines are 1-based: 0 matches none
    let mut last_other: Option<(u32, String)> = None;
    let mut out: Vec<SyntaxError> = Vec::with_capacity(raw.len());
    for e in raw {
        let (line, _) = lines.line_col(e.pos);
        if e.msg.starts_with("syntax error") {
            if line == last_syntax_line {
                continue;
            }
            last_syntax_line = line;
        } else {
            if matches!(&last_other, Some((l, m)) if *l == line && *m == e.msg) {
                continue;
            }
            last_other = Some((line, e.msg.clone()));
        }
        out.push(SyntaxError {
            pos: e.pos,
            msg: e.msg,
        });
    }
    out.sort_by_key(|e| e.pos);
    out.dedup_by(|a, b| a.pos == b.pos && a.msg == b.msg);
    out
}
