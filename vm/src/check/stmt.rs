//! Statements and function bodies (types2's `stmt.go`, `range.go`): every
//! statement of a body in order, with the block scopes they open, and
//! `declared and not used` once a body is done.

use super::scope::ScopeId;
use super::Checker;
use crate::types::TypeId;
use minigo_parser::ast::Block;

impl<'a> Checker<'a> {
    /// types2's `funcBody`: checks a function's body in `scope` (which holds
    /// its parameters and results) against signature `sig`.
    pub(crate) fn func_body(&mut self, scope: ScopeId, sig: TypeId, body: &'a Block) {
        let _ = (scope, sig, body);
    }
}
