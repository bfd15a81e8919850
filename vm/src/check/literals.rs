//! Function literals and composite literals (types2's `literals.go`).

use super::operand::Operand;
use super::Checker;
use crate::types::TypeId;
use minigo_parser::ast::{Expr, FuncLit};

impl<'a> Checker<'a> {
    pub(crate) fn func_lit(&mut self, e: &'a Expr, f: &'a FuncLit) -> Operand<'a> {
        let _ = f;
        self.error(e.span.lo, "function literals are not supported yet");
        Operand::invalid(Some(e), self.universe.invalid)
    }

    pub(crate) fn composite_lit(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let _ = hint;
        self.error(e.span.lo, "composite literals are not supported yet");
        Operand::invalid(Some(e), self.universe.invalid)
    }
}
