//! Builtin function calls (types2's `builtins.go`): `len`, `cap`, `append`,
//! `copy`, `delete`, `make`, `new`, `panic`, `print`, `println`, `recover`,
//! `close`, `complex`, `real`, `imag`, `min`, `max`, `clear`, with their
//! special argument rules and constant results.

use super::operand::Operand;
use super::Checker;
use crate::types::Builtin;
use minigo_parser::ast::Expr;

impl<'a> Checker<'a> {
    /// types2's `builtin`: checks the call `call` of builtin `id` (x is the
    /// builtin's operand on entry, the call's result on return); false if
    /// the call is invalid.
    pub(crate) fn builtin(&mut self, x: &mut Operand<'a>, call: &'a Expr, id: Builtin) -> bool {
        let _ = (x, id);
        self.error(call.span.lo, "builtin calls are not supported yet");
        false
    }
}
