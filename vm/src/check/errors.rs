//! Type errors as gc reports them: a position and types2's message. gc
//! sorts a package's errors by position before printing them; types2 drops
//! follow-on errors that mention an "invalid operand" or "invalid type" once
//! one error has been reported, and so do we.

use super::Checker;

/// One type error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeError {
    /// Index of the file in the program (see `Sources::files`).
    pub file: usize,
    /// Byte offset in that file.
    pub pos: u32,
    /// types2's message. Continuation lines (`\n\thave (int)\n\twant ()`)
    /// are part of it, as gc prints them.
    pub msg: String,
    /// A soft error does not make the rest of the checking unreliable
    /// (types2's notion; `declared and not used` is one).
    pub soft: bool,
}

impl Checker<'_> {
    /// Reports an error at `pos` in the file being checked.
    pub(crate) fn error(&mut self, pos: u32, msg: impl Into<String>) {
        self.report(pos, msg.into(), false);
    }

    /// Reports a soft error at `pos` in the file being checked.
    pub(crate) fn soft_error(&mut self, pos: u32, msg: impl Into<String>) {
        self.report(pos, msg.into(), true);
    }

    /// Reports an error in a given file (package-level checks that run
    /// outside any file's context).
    pub(crate) fn error_in(&mut self, file: usize, pos: u32, msg: impl Into<String>, soft: bool) {
        let saved = self.ctx.file;
        self.ctx.file = file;
        self.report(pos, msg.into(), soft);
        self.ctx.file = saved;
    }

    fn report(&mut self, pos: u32, msg: String, soft: bool) {
        if self.has_errors() {
            // types2's "cheap trick": such messages are follow-on errors.
            let first_line = msg.lines().next().unwrap_or("");
            if first_line.find("invalid operand").is_some_and(|i| i > 0)
                || first_line.find("invalid type").is_some_and(|i| i > 0)
            {
                return;
            }
        }
        // An error inside an inherited constant expression is reported at
        // the constant that inherited it (types2's errpos).
        let pos = self.ctx.errpos.unwrap_or(pos);
        self.errors.push(TypeError {
            file: self.ctx.file,
            pos,
            msg,
            soft,
        });
    }

    pub(crate) fn has_errors(&self) -> bool {
        !self.errors.is_empty()
    }
}

/// Orders errors as gc prints them: by file, then position (stable, so
/// errors at one position keep the order they were found in), and drops
/// exact duplicates on the same line as gc's `FlushErrors` does.
pub(crate) fn sort_errors(errors: &mut Vec<TypeError>) {
    errors.sort_by_key(|e| (e.file, e.pos));
    errors.dedup_by(|b, a| a.file == b.file && a.pos == b.pos && a.msg == b.msg);
}
