//! Terminating statements (types2's `return.go`; Go spec, "Terminating
//! statements"): a function with results must end in one, else `missing
//! return` at its closing brace.

use super::assign::unparen;
use super::Checker;
use crate::types::Builtin;
use minigo_parser::ast::{BranchKind, CaseClause, CommClause, Expr, ExprKind, Stmt, StmtKind};

impl Checker<'_> {
    /// types2's `isTerminating`: whether `s` is a terminating statement;
    /// `label` is the label of `s`, or empty.
    pub(crate) fn is_terminating(&self, s: &Stmt, label: &str) -> bool {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, &label.name),
            // Calling the predeclared (possibly parenthesized) panic() is
            // terminating.
            StmtKind::Expr(e) => self.is_panic_call(e),
            StmtKind::Return(_) => true,
            StmtKind::Branch { kind, .. } => {
                matches!(kind, BranchKind::Goto | BranchKind::Fallthrough)
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, ""),
            StmtKind::If { then, els, .. } => match els {
                Some(els) => {
                    self.is_terminating_list(&then.stmts, "") && self.is_terminating(els, "")
                }
                None => false,
            },
            StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                self.is_terminating_switch(clauses, label)
            }
            StmtKind::Select { clauses, .. } => clauses.iter().all(|cc| {
                self.is_terminating_list(&cc.body, "") && !has_break_list(&cc.body, label, true)
            }),
            // A for loop without condition that no break leaves. A range
            // clause always terminates its loop, so a range loop is not
            // terminating (go.dev/issue/49003).
            StmtKind::For {
                cond: None, body, ..
            } => !has_break_list(&body.stmts, label, true),
            StmtKind::For { .. }
            | StmtKind::Range { .. }
            | StmtKind::Decl(_)
            | StmtKind::Empty
            | StmtKind::Bad
            | StmtKind::Send { .. }
            | StmtKind::IncDec { .. }
            | StmtKind::Assign { .. }
            | StmtKind::Go(_)
            | StmtKind::Defer(_) => false,
        }
    }

    /// types2's `isTerminatingList`: the last statement other than empty
    /// ones decides.
    pub(crate) fn is_terminating_list(&self, list: &[Stmt], label: &str) -> bool {
        list.iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty))
            .is_some_and(|s| self.is_terminating(s, label))
    }

    /// types2's `isTerminatingSwitch`: every clause terminates without a
    /// break out of the switch, and there is a default.
    fn is_terminating_switch(&self, body: &[CaseClause], label: &str) -> bool {
        let mut has_default = false;
        for cc in body {
            if cc.default {
                has_default = true;
            }
            if !self.is_terminating_list(&cc.body, "") || has_break_list(&cc.body, label, true) {
                return false;
            }
        }
        has_default
    }

    /// Whether `e` is a call of the predeclared `panic` (types2 records
    /// those in `isPanic` while checking the call). The identifier's
    /// recorded object tells, so a local `panic` shadowing the builtin
    /// does not count; a call the builtin rejected for its argument count
    /// or `...` does not either.
    fn is_panic_call(&self, e: &Expr) -> bool {
        let ExprKind::Call {
            fun, args, dots, ..
        } = &unparen(e).kind
        else {
            return false;
        };
        if args.len() != 1 || *dots {
            return false;
        }
        let fun = unparen(fun);
        if !matches!(fun.kind, ExprKind::Name(_)) {
            return false;
        }
        let Some(obj) = self.info[self.ctx.file].use_of(fun.id) else {
            return false;
        };
        matches!(
            self.obj(obj).kind,
            super::object::ObjKind::Builtin(Builtin::Panic)
        )
    }
}

/// types2's `hasBreak`: whether `s` is or contains a break statement that
/// refers to the statement labeled `label`, or (`implicit`) to the closest
/// enclosing breakable statement.
fn has_break(s: &Stmt, label: &str, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => implicit,
            Some(l) => *l.name == *label,
        },
        StmtKind::Block(b) => has_break_list(&b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els
                    .as_deref()
                    .is_some_and(|e| has_break(e, label, implicit))
        }
        // An unlabeled break inside these refers to them, not to the
        // statement we are looking at.
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            !label.is_empty() && has_break_case_list(clauses, label, false)
        }
        StmtKind::Select { clauses, .. } => {
            !label.is_empty() && has_break_comm_list(clauses, label, false)
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            !label.is_empty() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}

fn has_break_list(list: &[Stmt], label: &str, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}

fn has_break_case_list(list: &[CaseClause], label: &str, implicit: bool) -> bool {
    list.iter()
        .any(|c| has_break_list(&c.body, label, implicit))
}

fn has_break_comm_list(list: &[CommClause], label: &str, implicit: bool) -> bool {
    list.iter()
        .any(|c| has_break_list(&c.body, label, implicit))
}
