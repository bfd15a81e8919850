//! Field and method lookup (types2's `lookup.go`): the fields and methods of
//! a type through embedding (with ambiguity at equal depth), method sets
//! with value and pointer receivers, interface satisfaction with the missing
//! method explained, and the assertability of interface values.

use super::operand::Operand;
use super::Checker;
use crate::types::TypeId;
use minigo_parser::ast::Expr;

impl<'a> Checker<'a> {
    /// types2's `implements`: whether type `v` implements interface `t`;
    /// `cause` explains why not (`(missing method M)`).
    pub(crate) fn implements(
        &mut self,
        v: TypeId,
        t: TypeId,
        _constraint: bool,
        cause: Option<&mut String>,
    ) -> bool {
        let _ = (v, t, cause);
        false
    }

    /// types2's `typeAssertion`: reports an impossible assertion `x.(T)`
    /// (`type_switch`: a case of a type switch on x).
    pub(crate) fn type_assertion(
        &mut self,
        e: &'a Expr,
        x: &Operand<'a>,
        t: TypeId,
        type_switch: bool,
    ) {
        let _ = (e, x, t, type_switch);
    }
}
