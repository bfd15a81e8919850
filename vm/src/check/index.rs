//! Index and slice expressions (types2's `index.go`): arrays, pointers to
//! arrays, slices, strings and maps, with constant index checks.

use super::operand::Operand;
use super::Checker;
use minigo_parser::ast::Expr;

impl<'a> Checker<'a> {
    pub(crate) fn index_expr(&mut self, e: &'a Expr) -> Operand<'a> {
        self.error(e.span.lo, "index expressions are not supported yet");
        Operand::invalid(Some(e), self.universe.invalid)
    }

    pub(crate) fn slice_expr(&mut self, e: &'a Expr) -> Operand<'a> {
        self.error(e.span.lo, "slice expressions are not supported yet");
        Operand::invalid(Some(e), self.universe.invalid)
    }
}
