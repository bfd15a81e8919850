//! Assignments (types2's `assignments.go`): assignability of a value to a
//! type in a context (`cannot use x (variable of type int) as string value
//! in assignment`), initialization of declared variables, assignment
//! statements, `:=`, and the count mismatches of each.

use super::object::{ObjId, ObjKind, VarKind};
use super::operand::{Mode, Operand};
use super::Checker;
use crate::types::{TypeId, TypeKind};
use minigo_parser::ast::{Expr, ExprKind};
use minigo_parser::printer::expr_string;

impl<'a> Checker<'a> {
    /// types2's `assignment`: checks that x can be assigned to type `t`
    /// (`None`: to `_` or a variable without a declared type) in
    /// `context`, giving untyped x its type.
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        self.single_value(x);
        if !self.generic_func_assignment(x, t) {
            x.mode = Mode::Invalid;
            return;
        }
        match x.mode {
            Mode::Invalid => return,
            Mode::NilValue
            | Mode::Constant
            | Mode::Variable
            | Mode::MapIndex
            | Mode::Value
            | Mode::CommaOk
            | Mode::CommaErr => {}
            _ => {
                let s = self.operand_string(x);
                let ts = t.map(|t| self.type_string(t)).unwrap_or_default();
                self.error(x.pos(), format!("cannot assign {s} to {ts} in {context}"));
                x.mode = Mode::Invalid;
                return;
            }
        }
        if self.is_untyped(x.ty) {
            let mut target = t;
            if x.is_nil() {
                if t.is_none() {
                    self.error(x.pos(), format!("use of untyped nil in {context}"));
                    x.mode = Mode::Invalid;
                    return;
                }
            } else if t.is_none_or(|t| self.is_interface(t)) {
                target = Some(self.default_type(x.ty));
            }
            let target = target.unwrap_or(x.ty);
            match self.implicit_type_and_value(x, target) {
                Err(code) => {
                    let s = self.operand_string(x);
                    let ts = self.type_string(target);
                    let suffix = match code {
                        super::expr::ConvError::Truncated => " (truncated)",
                        super::expr::ConvError::Overflows => " (overflows)",
                        _ => "",
                    };
                    self.error(
                        x.pos(),
                        format!("cannot use {s} as {ts} value in {context}{suffix}"),
                    );
                    x.mode = Mode::Invalid;
                    return;
                }
                Ok((new_type, val)) => {
                    if let Some(v) = val {
                        x.val = v.clone();
                        if let Some(e) = x.expr {
                            self.update_expr_val(e, v);
                        }
                    }
                    if new_type != x.ty {
                        x.ty = new_type;
                        if let Some(e) = x.expr {
                            self.update_expr_type(e, new_type, false);
                        }
                    }
                }
            }
        }
        let Some(t) = t else { return };
        let mut cause = String::new();
        if !self.assignable_to(x, t, Some(&mut cause)) {
            let s = self.operand_string(x);
            let ts = self.type_string(t);
            if cause.is_empty() {
                self.error(
                    x.pos(),
                    format!("cannot use {s} as {ts} value in {context}"),
                );
            } else {
                self.error(
                    x.pos(),
                    format!("cannot use {s} as {ts} value in {context}: {cause}"),
                );
            }
            x.mode = Mode::Invalid;
        }
    }

    /// types2's `initVar`: initializes `lhs` with x; a variable without a
    /// declared type takes x's (default) type.
    pub(crate) fn init_var(&mut self, lhs: ObjId, x: &mut Operand<'a>, context: &str) {
        let lt = self.obj(lhs).ty;
        if x.is_invalid() || !self.is_valid(x.ty) || lt.is_some_and(|t| !self.is_valid(t)) {
            if lt.is_none() {
                self.obj_mut(lhs).ty = Some(self.universe.invalid);
            }
            x.mode = Mode::Invalid;
            return;
        }
        // A generic function needs a typed variable to be instantiated.
        if lt.is_none() && !self.generic_func_assignment(x, None) {
            self.obj_mut(lhs).ty = Some(self.universe.invalid);
            x.mode = Mode::Invalid;
            return;
        }
        if lt.is_none() {
            let mut t = x.ty;
            if self.is_untyped(t) {
                if x.is_nil() {
                    self.error(x.pos(), format!("use of untyped nil in {context}"));
                    self.obj_mut(lhs).ty = Some(self.universe.invalid);
                    x.mode = Mode::Invalid;
                    return;
                }
                t = self.default_type(t);
            }
            self.obj_mut(lhs).ty = Some(t);
        }
        let t = self.obj(lhs).ty;
        self.assignment(x, t, context);
    }

    /// types2's `initVars`: `var a, b = …`, `a, b := …` and `return …`
    /// (`return_pos` is the return statement's position).
    pub(crate) fn init_vars(
        &mut self,
        lhs: &[ObjId],
        orig_rhs: &'a [Expr],
        return_pos: Option<u32>,
    ) {
        let (l, r) = (lhs.len(), orig_rhs.len());
        let context = if return_pos.is_some() {
            "return statement"
        } else if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let is_call = r == 1 && matches!(unparen(&orig_rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (i, &v) in lhs.iter().enumerate() {
                let target = self.obj(v).ty;
                let mut x = self.expr(target, &orig_rhs[i]);
                self.init_var(v, &mut x, context);
            }
            return;
        }
        if r != 1 {
            if self.use_all(orig_rhs) {
                match return_pos {
                    Some(pos) => {
                        let rhs: Vec<Operand<'a>> =
                            orig_rhs.iter().map(|e| self.expr(None, e)).collect();
                        self.return_error(pos, lhs, &rhs);
                    }
                    None => self.assign_error(orig_rhs, l, r),
                }
            }
            for &v in lhs {
                if self.obj(v).ty.is_none() {
                    self.obj_mut(v).ty = Some(self.universe.invalid);
                }
            }
            return;
        }
        let (mut rhs, comma_ok) = self.multi_expr(&orig_rhs[0], l == 2 && return_pos.is_none());
        if l == rhs.len() {
            for (i, &v) in lhs.iter().enumerate() {
                self.init_var(v, &mut rhs[i], context);
            }
            if comma_ok && !rhs[0].is_invalid() && !rhs[1].is_invalid() {
                self.record_comma_ok_types(&orig_rhs[0], &rhs);
            }
            return;
        }
        if !rhs[0].is_invalid() {
            match return_pos {
                Some(pos) => self.return_error(pos, lhs, &rhs),
                None => self.assign_error(orig_rhs, l, rhs.len()),
            }
        }
        for &v in lhs {
            if self.obj(v).ty.is_none() {
                self.obj_mut(v).ty = Some(self.universe.invalid);
            }
        }
    }

    /// An assignment statement `lhs = rhs` (types2's `assignVars`).
    pub(crate) fn assign_vars(&mut self, lhs: &'a [Expr], orig_rhs: &'a [Expr]) {
        let (l, r) = (lhs.len(), orig_rhs.len());
        let context = if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let is_call = r == 1 && matches!(unparen(&orig_rhs[0]).kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (i, e) in lhs.iter().enumerate() {
                self.assign_var(e, Some(&orig_rhs[i]), None, context);
            }
            return;
        }
        if r != 1 {
            let ok_lhs = self.use_lhs(lhs);
            let ok_rhs = self.use_all(orig_rhs);
            if ok_lhs && ok_rhs {
                self.assign_error(orig_rhs, l, r);
            }
            return;
        }
        let (rhs, comma_ok) = self.multi_expr(&orig_rhs[0], l == 2);
        if l == rhs.len() {
            for (i, e) in lhs.iter().enumerate() {
                self.assign_var(e, None, Some(rhs[i].clone()), context);
            }
            if comma_ok && !rhs[0].is_invalid() && !rhs[1].is_invalid() {
                self.record_comma_ok_types(&orig_rhs[0], &rhs);
            }
            return;
        }
        if !rhs[0].is_invalid() {
            self.assign_error(orig_rhs, l, rhs.len());
        }
        self.use_lhs(lhs);
    }

    /// types2's `assignVar`: assigns `rhs` (an expression, or an operand
    /// already checked) to the variable `lhs` denotes.
    pub(crate) fn assign_var(
        &mut self,
        lhs: &'a Expr,
        rhs: Option<&'a Expr>,
        x: Option<Operand<'a>>,
        context: &str,
    ) {
        let t = self.lhs_var(lhs);
        if t.is_some_and(|t| !self.is_valid(t)) {
            if x.is_none() {
                if let Some(rhs) = rhs {
                    self.use_exprs(std::slice::from_ref(rhs));
                }
            }
            return;
        }
        let mut x = match x {
            Some(x) => x,
            None => match rhs {
                Some(rhs) => self.expr(t, rhs),
                None => return,
            },
        };
        let context = if t.is_none() && context == "assignment" {
            "assignment to _ identifier"
        } else {
            context
        };
        self.assign_inner(&mut x, t, context);
    }

    fn assign_inner(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        self.assignment(x, t, context);
    }

    /// types2's `lhsVar`: the type of the variable an assignment's left side
    /// denotes (`None` for `_`), checking that it can be assigned to.
    pub(crate) fn lhs_var(&mut self, lhs: &'a Expr) -> Option<TypeId> {
        let inner = unparen(lhs);
        if let ExprKind::Name(n) = &inner.kind {
            if &**n == "_" {
                return None;
            }
        }
        // Assigning to a local variable does not use it.
        let mut restore: Option<(ObjId, bool)> = None;
        if let ExprKind::Name(n) = &inner.kind {
            if let Some(obj) = self.lookup_parent(self.ctx.scope, n) {
                if let ObjKind::Var { used, .. } = self.obj(obj).kind {
                    if self.obj(obj).pkg == Some(self.pkg) {
                        restore = Some((obj, used));
                    }
                }
            }
        }
        let x = self.expr(None, lhs);
        if let Some((obj, used)) = restore {
            if let ObjKind::Var { used: u, .. } = &mut self.obj_mut(obj).kind {
                *u = used;
            }
        }
        if x.is_invalid() || !self.is_valid(x.ty) {
            return Some(self.universe.invalid);
        }
        match x.mode {
            Mode::Variable | Mode::MapIndex => Some(x.ty),
            _ => {
                if let ExprKind::Selector { x: base, .. } = &inner.kind {
                    let op = self.expr(None, base);
                    if op.mode == Mode::MapIndex {
                        self.error(
                            x.pos(),
                            format!(
                                "cannot assign to struct field {} in map",
                                expr_string(inner)
                            ),
                        );
                        return Some(self.universe.invalid);
                    }
                }
                let s = x.expr.map(expr_string).unwrap_or_default();
                self.error(
                    x.pos(),
                    format!(
                        "cannot assign to {s} (neither addressable nor a map index expression)"
                    ),
                );
                Some(self.universe.invalid)
            }
        }
    }

    /// `a, b := …` (types2's `shortVarDecl`); `pos` is the `:=`.
    pub(crate) fn short_var_decl(&mut self, pos: u32, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let scope = self.ctx.scope;
        let mut seen: Vec<&str> = Vec::new();
        let mut lhs_vars: Vec<Option<ObjId>> = vec![None; lhs.len()];
        let mut new_vars: Vec<(ObjId, u32)> = Vec::new();
        let mut has_err = false;
        for (i, e) in lhs.iter().enumerate() {
            let ExprKind::Name(name) = &e.kind else {
                self.use_lhs(std::slice::from_ref(e));
                self.error(
                    e.span.lo,
                    format!("non-name {} on left side of :=", expr_string(e)),
                );
                has_err = true;
                continue;
            };
            if &**name != "_" {
                if seen.contains(&&**name) {
                    self.error(e.span.lo, format!("{name} repeated on left side of :="));
                    has_err = true;
                    continue;
                }
                seen.push(name);
            }
            if let Some(alt) = self.scopes[scope.index()].lookup(name) {
                self.record_use(e, alt);
                if self.obj(alt).is_var() {
                    lhs_vars[i] = Some(alt);
                } else {
                    self.error(e.span.lo, format!("cannot assign to {name}"));
                    has_err = true;
                }
                continue;
            }
            let obj = self.new_object(
                name,
                ObjKind::Var {
                    kind: VarKind::Local,
                    used: false,
                },
                None,
                Some(self.ctx.file),
                e.span.lo,
            );
            lhs_vars[i] = Some(obj);
            if &**name != "_" {
                new_vars.push((obj, e.span.lo));
            }
            self.record_def(e.span.lo, obj);
        }
        let vars: Vec<ObjId> = lhs_vars
            .into_iter()
            .enumerate()
            .map(|(i, v)| {
                v.unwrap_or_else(|| {
                    self.new_object(
                        "_",
                        ObjKind::Var {
                            kind: VarKind::Local,
                            used: true,
                        },
                        None,
                        Some(self.ctx.file),
                        lhs[i].span.lo,
                    )
                })
            })
            .collect();
        self.init_vars(&vars, rhs, None);
        if new_vars.is_empty() && !has_err {
            self.soft_error(pos, "no new variables on left side of :=");
            return;
        }
        for (obj, _) in new_vars {
            self.declare(scope, obj);
        }
    }

    /// types2's `assignError`.
    pub(crate) fn assign_error(&mut self, rhs: &'a [Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let Some(rhs0) = rhs.first() else { return };
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &unparen(rhs0).kind {
                self.error(
                    rhs0.span.lo,
                    format!(
                        "assignment mismatch: {vars} but {} returns {vals}",
                        expr_string(fun)
                    ),
                );
                return;
            }
        }
        self.error(
            rhs0.span.lo,
            format!("assignment mismatch: {vars} but {vals}"),
        );
    }

    /// types2's `returnError`: `not enough return values` / `too many
    /// return values` with the have/want summary lines.
    pub(crate) fn return_error(&mut self, at: u32, lhs: &[ObjId], rhs: &[Operand<'a>]) {
        let (l, r) = (lhs.len(), rhs.len());
        let mut at = at;
        let qualifier = if r > l {
            at = rhs[l].pos();
            "too many"
        } else {
            if r > 0 {
                at = rhs[r - 1].pos();
            }
            "not enough"
        };
        let have: Vec<TypeId> = rhs.iter().map(|x| x.ty).collect();
        let want: Vec<TypeId> = lhs
            .iter()
            .map(|&v| self.obj(v).ty.unwrap_or(self.universe.invalid))
            .collect();
        let have = self.types_summary(&have, false, false);
        let want = self.types_summary(&want, false, false);
        self.error(
            at,
            format!("{qualifier} return values\n\thave {have}\n\twant {want}"),
        );
    }

    /// types2's `typesSummary`: `(int, string)`, `(number)`, `(...int)`.
    pub(crate) fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let mut res = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let mut s = if !self.is_valid(t) {
                "unknown type".to_string()
            } else if let Some(k) = self.untyped_kind(t) {
                if k.is_numeric() {
                    "number".to_string()
                } else {
                    k.name().replace("untyped ", "")
                }
            } else {
                self.type_string(t)
            };
            if i == list.len() - 1 {
                if variadic {
                    if let TypeKind::Slice(e) = self.types.kind(t) {
                        s = self.type_string(*e);
                    }
                    s = format!("...{s}");
                } else if has_dots {
                    s.push_str("...");
                }
            }
            res.push(s);
        }
        format!("({})", res.join(", "))
    }

    /// Records the `(T, bool)` type of a comma-ok expression.
    fn record_comma_ok_types(&mut self, e: &'a Expr, rhs: &[Operand<'a>]) {
        let (t0, t1) = (rhs[0].ty, rhs[1].ty);
        let tuple = self.types.tuple(vec![t0, t1]);
        let mut x = e;
        loop {
            if let Some(Some(tv)) = self.info[self.ctx.file].type_slot(x.id) {
                tv.ty = tuple;
            }
            match &x.kind {
                ExprKind::Paren(inner) => x = inner,
                _ => break,
            }
        }
    }

    /// Checks expressions for their errors only; whether all were valid.
    pub(crate) fn use_all(&mut self, list: &'a [Expr]) -> bool {
        let mut ok = true;
        for e in list {
            let x = self.raw_expr(e, None).0;
            if x.is_invalid() {
                ok = false;
            }
        }
        ok
    }

    /// Like `use_all` for assignment targets: a variable on the left is not
    /// thereby used.
    pub(crate) fn use_lhs(&mut self, list: &'a [Expr]) -> bool {
        let mut ok = true;
        for e in list {
            let inner = unparen(e);
            if let ExprKind::Name(n) = &inner.kind {
                if &**n == "_" {
                    continue;
                }
                if let Some(obj) = self.lookup_parent(self.ctx.scope, n) {
                    if let ObjKind::Var { used, .. } = self.obj(obj).kind {
                        let x = self.raw_expr(e, None).0;
                        if let ObjKind::Var { used: u, .. } = &mut self.obj_mut(obj).kind {
                            *u = used;
                        }
                        if x.is_invalid() {
                            ok = false;
                        }
                        continue;
                    }
                }
            }
            if self.raw_expr(e, None).0.is_invalid() {
                ok = false;
            }
        }
        ok
    }
}

pub(crate) fn unparen(e: &Expr) -> &Expr {
    let mut e = e;
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
}

fn measure(x: usize, unit: &str) -> String {
    if x == 1 {
        format!("{x} {unit}")
    } else {
        format!("{x} {unit}s")
    }
}
