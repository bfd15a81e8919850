//! Statements and function bodies (types2's `stmt.go`): every statement of
//! a body in order, with the block scopes they open, expression and type
//! switches, select, and `declared and not used` once a body is done.
//! Range clauses are in `range.rs`, terminating statements in `returns.rs`.
//!
//! Branch statements (`break`, `continue`, `goto`, `fallthrough`) and
//! labels are checked by the parser, as gc does (gc runs types2 with
//! `IgnoreBranchErrors`), so they need nothing here.

use super::assign::unparen;
use super::object::{ObjId, ObjKind, VarKind};
use super::operand::{Mode, Operand};
use super::scope::{ScopeId, ScopeKind};
use super::typexpr::sig_key;
use super::Checker;
use crate::constant::{Kind, Value};
use crate::types::{BasicKind, TypeId, TypeKind};
use minigo_parser::ast::{
    AssignOp, BinaryOp, Block, CaseClause, CommClause, Expr, ExprKind, Ident, Stmt, StmtKind,
    UnaryOp,
};
use minigo_parser::printer::expr_string;

/// The Go value of a constant case, for duplicate detection (types2's
/// `goVal`): like gc, only integer, floating-point and string values are
/// compared.
#[derive(Clone, Debug, PartialEq)]
enum GoVal {
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(Vec<u8>),
}

fn go_val(v: &Value) -> Option<GoVal> {
    match v.kind() {
        Kind::Int => {
            if let (x, true) = v.int64_val() {
                return Some(GoVal::Int(x));
            }
            if let (x, true) = v.uint64_val() {
                return Some(GoVal::Uint(x));
            }
            None
        }
        Kind::Float => match v.float64_val() {
            (x, true) => Some(GoVal::Float(x)),
            _ => None,
        },
        Kind::String => Some(GoVal::Str(v.string_val().to_vec())),
        _ => None,
    }
}

/// The position gc's syntax tree gives an expression node (`Pos()`, not
/// `StartPos`): the operator of a binary operation, the dot of a selector.
/// types2 notes a previous case there.
fn node_pos(e: &Expr) -> u32 {
    match &e.kind {
        ExprKind::Binary { op_span, .. } => op_span.lo,
        ExprKind::Selector { sel, .. } => sel.span.lo.saturating_sub(1),
        _ => e.span.lo,
    }
}

/// A constant case value seen in an expression switch: its value, position
/// and type (types2's `valueType`).
struct SeenValue {
    val: GoVal,
    pos: u32,
    ty: TypeId,
}

impl<'a> Checker<'a> {
    /// types2's `funcBody`: checks a function's body in `scope` (which holds
    /// its parameters and results, and is the body's top-level block)
    /// against signature `sig`. Used for declared functions and function
    /// literals alike, so everything it changes in the context is restored.
    pub(crate) fn func_body(&mut self, scope: ScopeId, sig: TypeId, body: &'a Block) {
        // Standard packages' bodies are their implementation files' (Go
        // source minigo ships), checked like the program's.
        let saved = self.ctx.clone();
        let results = self
            .signature_vars
            .get(&sig_key(scope))
            .map(|(_, r)| r.clone())
            .unwrap_or_default();
        // If one result is named, all are (the parser sees to it); unnamed
        // results have empty names.
        let has_named_results = results
            .first()
            .is_some_and(|&r| !self.obj(r).name.is_empty());
        self.ctx.scope = scope;
        self.ctx.sig = Some(sig);
        self.ctx.results = results;
        self.ctx.has_named_results = has_named_results;
        self.ctx.errpos = None;
        // Scopes made from here on belong to this body (or to closures
        // inside it): `usage` looks only at those.
        let first_scope = self.scopes.len();

        self.stmt_list(&body.stmts);

        let has_results =
            matches!(self.types.kind(sig), TypeKind::Func(s) if !s.results.is_empty());
        if has_results && !self.is_terminating_list(&body.stmts, "") {
            self.error(body.rbrace.lo, "missing return");
        }

        // spec: "Implementation restriction: A compiler may make it illegal
        // to declare a variable inside a function body if the variable is
        // never used."
        if !self.src.prompt {
            self.usage(scope, first_scope);
        }
        self.ctx = saved;
    }

    /// types2's `usage`: reports the local variables of the function whose
    /// scope is `func_scope` that were never used, in source order. The
    /// scopes of nested function literals are left to their own
    /// `func_body`; a variable used only inside one of them is used.
    fn usage(&mut self, func_scope: ScopeId, first_scope: usize) {
        let mut unused: Vec<(u32, ObjId)> = Vec::new();
        let mut collect = |c: &Checker, s: ScopeId| {
            for &obj in &c.scopes[s.index()].order {
                let o = c.obj(obj);
                if let ObjKind::Var {
                    kind: VarKind::Local,
                    used: false,
                } = o.kind
                {
                    unused.push((o.pos, obj));
                }
            }
        };
        collect(self, func_scope);
        for i in first_scope..self.scopes.len() {
            let s = ScopeId(i as u32);
            if s != func_scope && self.scope_in_func(s, func_scope) {
                collect(self, s);
            }
        }
        unused.sort_by_key(|&(pos, _)| pos);
        for (pos, obj) in unused {
            let name = self.obj(obj).name.clone();
            self.soft_error(pos, format!("declared and not used: {name}"));
        }
    }

    /// Whether block scope `s` lies in the function whose scope is
    /// `func_scope`, not inside a function literal nested in it.
    fn scope_in_func(&self, s: ScopeId, func_scope: ScopeId) -> bool {
        let mut cur = s;
        loop {
            if cur == func_scope {
                return true;
            }
            let Some(sc) = self.scopes.get(cur.index()) else {
                return false;
            };
            if sc.kind == ScopeKind::Func {
                return false;
            }
            match sc.parent {
                Some(p) => cur = p,
                None => return false,
            }
        }
    }

    /// types2's `stmtList`.
    pub(crate) fn stmt_list(&mut self, list: &'a [Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    /// types2's `simpleStmt`: the init or post statement of a header.
    fn simple_stmt(&mut self, s: Option<&'a Stmt>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    /// A block in its own scope (types2's `BlockStmt` case).
    pub(crate) fn block_stmt(&mut self, b: &'a Block) {
        self.open_scope(ScopeKind::Block);
        self.stmt_list(&b.stmts);
        self.close_scope();
    }

    /// types2's `stmt`.
    pub(crate) fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Decl(d) => self.decl_stmt(d),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value } => {
                let ch = self.expr(None, ch);
                let mut val = self.expr(None, value);
                if ch.is_invalid() || val.is_invalid() {
                    return;
                }
                if let Some(elem) = self.chan_elem(&ch, false) {
                    self.assignment(&mut val, Some(elem), "send");
                }
            }
            StmtKind::IncDec { x: lhs, inc } => {
                let x = self.expr(None, lhs);
                if x.is_invalid() {
                    return;
                }
                if !self.is_numeric(x.ty) {
                    let op = if *inc { "++" } else { "--" };
                    let ts = self.type_string(x.ty);
                    self.error(
                        lhs.span.lo,
                        format!(
                            "invalid operation: {}{op} (non-numeric type {ts})",
                            expr_string(lhs)
                        ),
                    );
                    return;
                }
                self.assign_var(lhs, None, Some(x), "assignment");
            }
            StmtKind::Assign {
                op,
                lhs,
                rhs,
                op_span,
            } => match op {
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Define => self.short_var_decl(op_span.lo, lhs, rhs),
                AssignOp::Op(bop) => {
                    let (Some(l), Some(r), 1, 1) = (lhs.first(), rhs.first(), lhs.len(), rhs.len())
                    else {
                        // gc's parser rejects this; kept for other trees.
                        self.error(
                            s.span.lo,
                            format!(
                                "assignment operation {} requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    };
                    // `x op= y` is `x = x op y`; the message spells the
                    // statement (e = None).
                    let x = self.binary(None, l, r, *bop, op_span.lo);
                    self.assign_var(l, None, Some(x), "assignment");
                }
            },
            StmtKind::Go(call) => self.suspended_call("go", call),
            StmtKind::Defer(call) => self.suspended_call("defer", call),
            StmtKind::Return(results) => self.return_stmt(s, results),
            // Checked by the parser (see the module comment).
            StmtKind::Branch { .. } => {}
            StmtKind::Block(b) => self.block_stmt(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope(ScopeKind::Block);
                self.simple_stmt(init.as_deref());
                let x = self.expr(None, cond);
                if !x.is_invalid() && !self.is_boolean(x.ty) {
                    self.error(cond.span.lo, "non-boolean condition in if statement");
                }
                self.block_stmt(then);
                if let Some(els) = els {
                    // An `if` statement or a block (the parser sees to it).
                    self.stmt(els);
                }
                self.close_scope();
            }
            StmtKind::Switch {
                init,
                tag,
                clauses,
                rbrace,
            } => {
                self.open_scope(ScopeKind::Block);
                self.simple_stmt(init.as_deref());
                self.switch_stmt(tag.as_ref(), clauses, rbrace.lo);
                self.close_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
                ..
            } => {
                self.open_scope(ScopeKind::Block);
                self.simple_stmt(init.as_deref());
                self.type_switch_stmt(bind.as_ref(), x, clauses);
                self.close_scope();
            }
            StmtKind::Select { clauses, .. } => {
                for clause in clauses {
                    self.select_clause(clause);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope(ScopeKind::Block);
                self.simple_stmt(init.as_deref());
                if let Some(cond) = cond {
                    let x = self.expr(None, cond);
                    if !x.is_invalid() && !self.is_boolean(x.ty) {
                        self.error(cond.span.lo, "non-boolean condition in for statement");
                    }
                }
                self.simple_stmt(post.as_deref());
                // spec: "The init statement may be a short variable
                // declaration, but the post statement must not." The parser
                // reported it; use the variables to avoid follow-on errors.
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        lhs,
                        ..
                    } = &p.kind
                    {
                        self.use_exprs(lhs);
                    }
                }
                self.block_stmt(body);
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                extra,
                define,
                x,
                body,
                ..
            } => self.range_stmt(
                s.span.lo,
                key.as_ref(),
                value.as_ref(),
                extra.first(),
                x,
                body,
                *define,
            ),
        }
    }

    /// An expression statement: only calls and receives may stand alone
    /// (spec: "Expression statements").
    fn expr_stmt(&mut self, e: &'a Expr) {
        let (x, kind) = self.raw_expr(e, None);
        let msg = match x.mode {
            Mode::Builtin => "must be called",
            Mode::TypeExpr => "is not an expression",
            _ => {
                if kind == super::expr::ExprKindResult::Statement {
                    return;
                }
                "is not used"
            }
        };
        let s = self.operand_string(&x);
        self.error(x.pos(), format!("{s} {msg}"));
    }

    /// types2's `suspendedCall`: the call of a `go` or `defer` statement.
    fn suspended_call(&mut self, keyword: &str, call: &'a Expr) {
        // The parser reported parentheses around the call and dropped them.
        let call = unparen(call);
        if !matches!(call.kind, ExprKind::Call { .. }) {
            self.error(
                call.span.lo,
                format!("expression in {keyword} must be function call"),
            );
            self.use_exprs(std::slice::from_ref(call));
            return;
        }
        let (x, kind) = self.raw_expr(call, None);
        let msg = match kind {
            super::expr::ExprKindResult::Conversion => "requires function call, not conversion",
            super::expr::ExprKindResult::Expression => "discards result of",
            super::expr::ExprKindResult::Statement => return,
        };
        let s = self.operand_string(&x);
        self.error(x.pos(), format!("{keyword} {msg} {s}"));
    }

    /// A `return` statement.
    fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        let res = self.ctx.results.clone();
        if results.is_empty() && !res.is_empty() && self.ctx.has_named_results {
            // spec: "Implementation restriction: A compiler may disallow an
            // empty expression list in a "return" statement if a different
            // entity (constant, type, or variable) with the same name as a
            // result parameter is in scope at the place of the return."
            for obj in res {
                let name = self.obj(obj).name.clone();
                let Some(alt) = self.lookup_parent(self.ctx.scope, &name) else {
                    continue;
                };
                if alt == obj {
                    continue;
                }
                let mut msg = format!("result parameter {name} not in scope at return");
                let a = self.obj(alt);
                if let Some(f) = a.file {
                    let at = self.pos_string(f, a.pos);
                    // types2 describes the result parameter, at the inner object.
                    let desc = self.object_string(obj);
                    msg.push_str(&format!("\n\t{at}: inner declaration of {desc}"));
                }
                self.error(s.span.lo, msg);
            }
            return;
        }
        self.init_vars(&res, results, Some(s.span.lo));
    }

    /// types2's `ObjectString` for the objects a body can declare:
    /// `var x int`, `const c untyped int`, `type T struct{}`, `func f()`.
    pub(crate) fn object_string(&self, obj: ObjId) -> String {
        let o = self.obj(obj);
        let ty = o.ty.map(|t| self.type_string(t));
        let (word, ty) = match &o.kind {
            ObjKind::Var { .. } => ("var", ty),
            ObjKind::Const(_) => ("const", ty),
            ObjKind::TypeName => (
                "type",
                o.ty.map(|t| {
                    let u = self.types.underlying(t);
                    self.type_string(u)
                }),
            ),
            ObjKind::Func { .. } => ("func", None),
            ObjKind::Label { .. } => ("label", None),
            _ => ("", None),
        };
        let mut s = format!("{word} {}", o.name);
        if let Some(t) = ty {
            s.push(' ');
            s.push_str(&t);
        }
        s
    }

    // ----- switch statements ---------------------------------------------------------------

    /// types2's `switchStmt` (the init statement already checked).
    fn switch_stmt(&mut self, tag: Option<&'a Expr>, clauses: &'a [CaseClause], _rbrace: u32) {
        let x = match tag {
            Some(tag) => {
                let mut x = self.expr(None, tag);
                // By checking assignment of x to an invisible temporary (as a
                // compiler would), we get all the relevant checks.
                self.assignment(&mut x, None, "switch expression");
                if !x.is_invalid() && !self.types.comparable(x.ty) && !self.has_nil(x.ty) {
                    let s = self.operand_string(&x);
                    let ts = self.type_string(x.ty);
                    self.error(
                        x.pos(),
                        format!("cannot switch on {s} ({ts} is not comparable)"),
                    );
                    x.mode = Mode::Invalid;
                }
                Some(x)
            }
            // spec: "A missing switch expression is equivalent to the
            // boolean value true." (None stands for that `true`.)
            None => None,
        };
        let mut seen: Vec<SeenValue> = Vec::new();
        for clause in clauses {
            self.case_values(x.as_ref(), &clause.exprs, &mut seen);
            self.open_scope(ScopeKind::Block);
            self.stmt_list(&clause.body);
            self.close_scope();
        }
    }

    /// types2's `caseValues`: checks the values of one case against the
    /// tag `x` (`None`: the implicit `true` of a switch without tag).
    fn case_values(
        &mut self,
        x: Option<&Operand<'a>>,
        values: &'a [Expr],
        seen: &mut Vec<SeenValue>,
    ) {
        let bool_ty = self.universe.basic(BasicKind::Bool);
        let true_tag = Operand {
            mode: Mode::Constant,
            expr: None,
            ty: bool_ty,
            val: Value::make_bool(true),
            builtin: None,
            desc: Some("true".into()),
        };
        let x = x.unwrap_or(&true_tag);
        'values: for e in values {
            let mut v = self.expr(None, e);
            if x.is_invalid() || v.is_invalid() {
                continue;
            }
            self.convert_untyped(&mut v, x.ty);
            if v.is_invalid() {
                continue;
            }
            if x.expr.is_none() {
                // The implicit `true` has no expression to name in a message;
                // the only way a case fails against it is a type mismatch,
                // the first thing `comparison` checks.
                if !self.assignable_to(&v, x.ty, None) && !self.assignable_to(x, v.ty, None) {
                    let (vs, ts) = (self.type_string(v.ty), self.type_string(x.ty));
                    self.error(
                        v.pos(),
                        format!(
                            "invalid case {} in switch on true (mismatched types {vs} and {ts})",
                            expr_string(e)
                        ),
                    );
                    continue;
                }
            }
            // Order matters: by comparing v against x, error positions are
            // at the case values.
            let mut res = v.clone();
            let mut tag = x.clone();
            self.comparison(&mut res, &mut tag, BinaryOp::Eql, true);
            if res.is_invalid() {
                continue;
            }
            if v.mode != Mode::Constant {
                continue;
            }
            let Some(val) = go_val(&v.val) else { continue };
            for prev in seen.iter() {
                if prev.val == val && self.identical(v.ty, prev.ty) {
                    let s = self.operand_string(&v);
                    let at = self.pos_string(self.ctx.file, prev.pos);
                    self.error(
                        v.pos(),
                        format!("duplicate case {s} in expression switch\n\t{at}: previous case"),
                    );
                    continue 'values;
                }
            }
            seen.push(SeenValue {
                val,
                pos: node_pos(e),
                ty: v.ty,
            });
        }
    }

    /// types2's `isNil` on an expression: whether it denotes the
    /// predeclared `nil`.
    fn is_nil_expr(&self, e: &Expr) -> bool {
        if let ExprKind::Name(n) = &unparen(e).kind {
            if let Some(obj) = self.lookup_parent(self.ctx.scope, n) {
                return matches!(self.obj(obj).kind, ObjKind::Nil);
            }
        }
        false
    }

    /// types2's `typeSwitchStmt` (the init statement already checked):
    /// `switch bind := x.(type) { ... }`.
    fn type_switch_stmt(
        &mut self,
        bind: Option<&'a Ident>,
        x: &'a Expr,
        clauses: &'a [CaseClause],
    ) {
        let mut lhs = bind;
        if let Some(b) = bind {
            if b.is_blank() {
                // `_ := x.(type)` is an invalid short variable declaration.
                self.soft_error(b.span.lo, "no new variable on left side of :=");
                lhs = None; // avoid `declared and not used` below
            }
            // types2 records the name as defining nothing: the variable is
            // declared implicitly in each clause (see `record_implicit`).
        }

        // The switch expression the cases are compared against; None if
        // invalid.
        let sx = {
            let x = self.expr(None, x);
            if x.is_invalid() {
                None
            } else if self.is_interface(x.ty) {
                Some(x)
            } else {
                let s = self.operand_string(&x);
                if self.types.type_param(self.types.unalias(x.ty)).is_some() {
                    self.error(
                        x.pos(),
                        format!("cannot use type switch on type parameter value {s}"),
                    );
                } else {
                    self.error(x.pos(), format!("{s} is not an interface"));
                }
                None
            }
        };

        let mut lhs_vars: Vec<ObjId> = Vec::new();
        let mut seen: Vec<(Option<TypeId>, u32)> = Vec::new();
        for clause in clauses {
            let t = self.case_types(sx.as_ref(), &clause.exprs, &mut seen);
            self.open_scope(ScopeKind::Block);
            if let Some(b) = lhs {
                // Each clause declares its own variable, of the clause's
                // type.
                let obj = self.new_object(
                    &b.name,
                    ObjKind::Var {
                        kind: VarKind::Local,
                        used: false,
                    },
                    Some(t),
                    Some(self.ctx.file),
                    b.span.lo,
                );
                self.declare(self.ctx.scope, obj);
                self.record_implicit(clause.span.lo, obj);
                lhs_vars.push(obj);
            }
            self.stmt_list(&clause.body);
            self.close_scope();
        }

        // For `declared and not used`, the clauses' variables act as one:
        // if any of them is used, all are.
        if let Some(b) = lhs {
            let mut used = false;
            for &v in &lhs_vars {
                if let ObjKind::Var { used: u, .. } = &mut self.obj_mut(v).kind {
                    used |= *u;
                    *u = true; // no usage error when the function is done
                }
            }
            if !used && !self.src.prompt {
                self.soft_error(b.span.lo, format!("{} declared and not used", b.name));
            }
        }
    }

    /// types2's `caseTypes`: checks the types of one type switch case
    /// (`x`: the switch expression, None if invalid) and returns the type
    /// of the clause's variable: the case's type if it lists exactly one
    /// (other than nil), else x's type.
    fn case_types(
        &mut self,
        x: Option<&Operand<'a>>,
        types: &'a [Expr],
        seen: &mut Vec<(Option<TypeId>, u32)>,
    ) -> TypeId {
        // None stands for the nil case (and for no valid type yet).
        let mut t: Option<TypeId> = None;
        'types: for e in types {
            if self.is_nil_expr(e) {
                t = None;
                // Through expr for the usual recordings.
                let _ = self.expr(None, e);
            } else {
                let ty = self.var_type(e);
                if !self.is_valid(ty) {
                    continue;
                }
                t = Some(ty);
            }
            for &(prev, pos) in seen.iter() {
                let dup = match (t, prev) {
                    (None, None) => true,
                    (Some(a), Some(b)) => self.identical(a, b),
                    _ => false,
                };
                if dup {
                    // "case" rather than "type" because of the nil case
                    let ts = t.map_or_else(|| "nil".to_string(), |t| self.type_string(t));
                    let at = self.pos_string(self.ctx.file, pos);
                    self.error(
                        e.span.lo,
                        format!("duplicate case {ts} in type switch\n\t{at}: previous case"),
                    );
                    continue 'types;
                }
            }
            seen.push((t, e.span.lo));
            if let (Some(x), Some(ty)) = (x, t) {
                self.type_assertion(e, x, ty, true);
            }
        }
        // spec: "In clauses with a case listing exactly one type, the
        // variable has that type; otherwise, the variable has the type of
        // the expression in the TypeSwitchGuard."
        match t {
            Some(ty) if types.len() == 1 => ty,
            _ => x.map_or(self.universe.invalid, |x| x.ty),
        }
    }

    // ----- select ---------------------------------------------------------------------------

    /// One clause of a select statement, in its own scope.
    fn select_clause(&mut self, clause: &'a CommClause) {
        // The parser only builds sends and receives (possibly with an
        // assignment) here; check again as types2 does, for other trees.
        let valid = match clause.comm.as_deref() {
            None => true,
            Some(s) => {
                let rhs = match &s.kind {
                    StmtKind::Send { .. } => None,
                    StmtKind::Assign { rhs, .. } if rhs.len() == 1 => rhs.first(),
                    StmtKind::Expr(e) => Some(e),
                    _ => None,
                };
                matches!(s.kind, StmtKind::Send { .. })
                    || rhs.is_some_and(|r| {
                        matches!(
                            unparen(r).kind,
                            ExprKind::Unary {
                                op: UnaryOp::Recv,
                                ..
                            }
                        )
                    })
            }
        };
        if !valid {
            let pos = clause.comm.as_deref().map_or(clause.span.lo, |s| s.span.lo);
            self.error(
                pos,
                "select case must be send or receive (possibly with assignment)",
            );
            return;
        }
        self.open_scope(ScopeKind::Block);
        if let Some(comm) = clause.comm.as_deref() {
            self.stmt(comm);
        }
        self.stmt_list(&clause.body);
        self.close_scope();
    }
}
