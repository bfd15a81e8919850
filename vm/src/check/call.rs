//! Calls and selectors (types2's `call.go`): function and method calls with
//! their argument rules (variadics, `f(g())`, `...`), conversions `T(x)` and
//! builtin calls dispatched from here, qualified identifiers `pkg.Name`,
//! field and method selection with promotion through embedding, method
//! values and method expressions.

use super::expr::ExprKindResult;
use super::operand::Operand;
use super::Checker;
use minigo_parser::ast::Expr;

impl<'a> Checker<'a> {
    /// types2's `callExpr`.
    pub(crate) fn call_expr(&mut self, e: &'a Expr) -> (Operand<'a>, ExprKindResult) {
        self.error(e.span.lo, "calls are not supported yet");
        (
            Operand::invalid(Some(e), self.universe.invalid),
            ExprKindResult::Statement,
        )
    }

    /// types2's `selector`: `x.sel`. `want_type` when a type is expected.
    pub(crate) fn selector(&mut self, e: &'a Expr, want_type: bool) -> Operand<'a> {
        let _ = want_type;
        self.error(e.span.lo, "selectors are not supported yet");
        Operand::invalid(Some(e), self.universe.invalid)
    }
}
