//! Which local variables must live on the heap: those whose address is
//! taken, explicitly (`&x`, `&x.f`) or implicitly (a pointer-receiver
//! method called on `x`), and those a function literal captures and that
//! are assigned after their declaration (the closure shares the variable
//! with its function). A captured variable never assigned again has one
//! value for its whole life: the closure keeps a copy of it. Every other
//! local stays in registers.

use super::Unit;
use crate::check::{FileInfo, ObjId, ObjKind, SelectionKind, VarKind};
use crate::types::TypeKind;
use crate::HashSet;
use minigo_parser::ast::{Block, Expr, ExprKind, Stmt, StmtKind, UnaryOp};

/// The locals of a function body that must live on the heap, and those
/// assigned after their declaration (the others hold one value each, so
/// their registers may be shared with whatever computed it).
pub(super) fn escaping_locals(
    unit: &Unit,
    info: &FileInfo,
    body: &Block,
    named_results: &[ObjId],
) -> (HashSet<ObjId>, HashSet<ObjId>) {
    let mut assigned = HashSet::default();
    for s in &body.stmts {
        assigned_vars(unit, info, s, &mut assigned);
    }
    let mut v = Visitor {
        unit,
        info,
        out: HashSet::default(),
        assigned,
        named_results,
    };
    for s in &body.stmts {
        v.stmt(s);
    }
    (v.out, v.assigned)
}

/// The package-level variables whose address `body` takes (directly or
/// in its function literals), or that `e`, an initializer, takes.
pub(super) fn address_taken_globals(
    unit: &Unit,
    info: &FileInfo,
    body: Option<&Block>,
    e: Option<&Expr>,
) -> HashSet<ObjId> {
    let mut v = Visitor {
        unit,
        info,
        out: HashSet::default(),
        assigned: HashSet::default(),
        named_results: &[],
    };
    if let Some(b) = body {
        v.stmts(&b.stmts);
    }
    if let Some(e) = e {
        v.expr(e);
    }
    v.out
        .into_iter()
        .filter(|&o| {
            matches!(
                unit.checked.object(o).kind,
                ObjKind::Var {
                    kind: VarKind::Package,
                    ..
                }
            )
        })
        .collect()
}

/// The variables that statement `s` (function literals in it included)
/// assigns after their declaration: `=`, `op=`, `++`, a `:=` that
/// redeclares, `for k, v = range`.
fn assigned_vars(unit: &Unit, info: &FileInfo, s: &Stmt, out: &mut HashSet<ObjId>) {
    // The variable whose value an assignment to `e` changes: through
    // struct fields and array elements, not through a slice, a map or a
    // pointer (their variable still holds the same reference).
    fn root(unit: &Unit, info: &FileInfo, e: &Expr) -> Option<ObjId> {
        let by_value = |x: &Expr| {
            info.type_of(x.id).is_none_or(|tv| {
                !matches!(
                    unit.checked.types.under_kind(tv.ty),
                    TypeKind::Slice(_) | TypeKind::Map { .. } | TypeKind::Pointer(_)
                )
            })
        };
        match &e.kind {
            ExprKind::Paren(x) => root(unit, info, x),
            ExprKind::Selector { x, .. } | ExprKind::Index { x, .. } if by_value(x) => {
                root(unit, info, x)
            }
            ExprKind::Name(_) => info.use_of(e.id),
            _ => None,
        }
    }
    let mut targets: Vec<&Expr> = Vec::new();
    match &s.kind {
        StmtKind::IncDec { x, .. } => targets.push(x),
        StmtKind::Assign { lhs, .. } => targets.extend(lhs.iter()),
        StmtKind::Range {
            key, value, define, ..
        } if !*define => targets.extend([key, value].into_iter().flatten()),
        _ => {}
    }
    for t in targets {
        // A `:=` names its new variables in defs, its reused ones in uses.
        if let Some(o) = root(unit, info, t) {
            out.insert(o);
        }
    }
    if let StmtKind::For {
        init: Some(init),
        cond,
        post: Some(post),
        body,
    } = &s.kind
    {
        // Go 1.22: the post statement steps the next iteration's copy of
        // a loop variable, which no closure has seen yet; a closure of
        // an iteration sees its copy change only if the body assigns it.
        // So the post statement does not count, unless a closure there
        // or in the condition could see the step.
        let lit_in = |e: &Expr| has_func_lit(e);
        let mut sees_step = cond.as_ref().is_some_and(lit_in);
        walk_stmt(post, &mut |e| sees_step |= has_func_lit(e));
        if !sees_step {
            assigned_vars(unit, info, init, out);
            if let Some(c) = cond {
                assigned_in_expr(unit, info, c, out);
            }
            let mut stepped = HashSet::default();
            assigned_vars(unit, info, post, &mut stepped);
            let own = loop_vars(info, init);
            out.extend(stepped.into_iter().filter(|o| !own.contains(o)));
            for inner in &body.stmts {
                assigned_vars(unit, info, inner, out);
            }
            return;
        }
    }
    walk_stmt(s, &mut |e| assigned_in_expr(unit, info, e, out));
    nested_stmts(s, &mut |inner| assigned_vars(unit, info, inner, out));
}

/// The variables a `for` statement's init `:=` declares.
fn loop_vars(info: &FileInfo, init: &Stmt) -> Vec<ObjId> {
    match &init.kind {
        StmtKind::Assign {
            op: minigo_parser::ast::AssignOp::Define,
            lhs,
            ..
        } => lhs
            .iter()
            .filter_map(|l| info.defs.get(&l.span.lo).copied())
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether `e` contains a function literal.
fn has_func_lit(e: &Expr) -> bool {
    if let ExprKind::FuncLit(_) = &e.kind {
        return true;
    }
    let mut found = false;
    walk_expr_children(e, &mut |c| found |= has_func_lit(c));
    found
}

/// Assignments inside the function literals of `e`.
fn assigned_in_expr(unit: &Unit, info: &FileInfo, e: &Expr, out: &mut HashSet<ObjId>) {
    if let ExprKind::FuncLit(f) = &e.kind {
        for s in &f.body.stmts {
            assigned_vars(unit, info, s, out);
        }
        return;
    }
    walk_expr_children(e, &mut |c| assigned_in_expr(unit, info, c, out));
}

/// Calls `f` on the statements directly nested in `s`.
fn nested_stmts(s: &Stmt, f: &mut dyn FnMut(&Stmt)) {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => f(stmt),
        StmtKind::Block(b) => b.stmts.iter().for_each(f),
        StmtKind::If {
            init, then, els, ..
        } => {
            if let Some(i) = init {
                f(i);
            }
            then.stmts.iter().for_each(&mut *f);
            if let Some(e) = els {
                f(e);
            }
        }
        StmtKind::Switch { init, clauses, .. } | StmtKind::TypeSwitch { init, clauses, .. } => {
            if let Some(i) = init {
                f(i);
            }
            clauses.iter().flat_map(|c| c.body.iter()).for_each(f);
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                if let Some(comm) = &c.comm {
                    f(comm);
                }
                c.body.iter().for_each(&mut *f);
            }
        }
        StmtKind::For {
            init, post, body, ..
        } => {
            if let Some(i) = init {
                f(i);
            }
            if let Some(p) = post {
                f(p);
            }
            body.stmts.iter().for_each(f);
        }
        StmtKind::Range { body, .. } => body.stmts.iter().for_each(f),
        _ => {}
    }
}

/// Whether a function body has defer statements (outside function
/// literals, which are functions of their own).
pub(super) fn contains_defer(list: &[Stmt]) -> bool {
    list.iter().any(|s| match &s.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Labeled { stmt, .. } => contains_defer(std::slice::from_ref(stmt)),
        StmtKind::Block(b) => contains_defer(&b.stmts),
        StmtKind::If { then, els, .. } => {
            contains_defer(&then.stmts)
                || els
                    .as_deref()
                    .is_some_and(|e| contains_defer(std::slice::from_ref(e)))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => contains_defer(&body.stmts),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| contains_defer(&c.body))
        }
        StmtKind::Select { clauses, .. } => clauses.iter().any(|c| contains_defer(&c.body)),
        _ => false,
    })
}

/// The local variables of enclosing functions that function literal `lit`
/// (an `ExprKind::FuncLit`) uses, in order of first use.
pub(super) fn free_variables(unit: &Unit, info: &FileInfo, lit: &Expr) -> Vec<ObjId> {
    let mut names = Vec::new();
    collect_names(lit, &mut names);
    let mut out = Vec::new();
    for id in names {
        let Some(o) = info.use_of(id) else { continue };
        let obj = unit.checked.object(o);
        let local = matches!(
            obj.kind,
            ObjKind::Var {
                kind: VarKind::Local | VarKind::Param | VarKind::Result | VarKind::Recv,
                ..
            }
        );
        let inside = obj.pos >= lit.span.lo && obj.pos < lit.span.hi;
        if local && !inside && !out.contains(&o) {
            out.push(o);
        }
    }
    out
}

/// Whether `x`, a range expression, is an iterator function (Go 1.23).
pub(super) fn is_range_func(unit: &Unit, info: &FileInfo, x: &Expr) -> bool {
    info.type_of(x.id)
        .is_some_and(|tv| matches!(unit.checked.types.under_kind(tv.ty), TypeKind::Func(_)))
}

/// The local variables of enclosing functions that the body of `s`, a
/// range-over-func statement, uses (its closure captures them), in order
/// of first use: those its body names, and the iteration variables it
/// assigns (`for k = range f`).
pub(super) fn range_free_variables(unit: &Unit, info: &FileInfo, s: &Stmt) -> Vec<ObjId> {
    let StmtKind::Range {
        key,
        value,
        define,
        body,
        ..
    } = &s.kind
    else {
        return Vec::new();
    };
    let mut names = Vec::new();
    if !*define {
        for e in [key, value].into_iter().flatten() {
            collect_names(e, &mut names);
        }
    }
    for st in &body.stmts {
        collect_stmt_names(st, &mut names);
    }
    let mut out = Vec::new();
    for id in names {
        let Some(o) = info.use_of(id) else { continue };
        let obj = unit.checked.object(o);
        let local = matches!(
            obj.kind,
            ObjKind::Var {
                kind: VarKind::Local | VarKind::Param | VarKind::Result | VarKind::Recv,
                ..
            }
        );
        let inside = obj.pos >= s.span.lo && obj.pos < s.span.hi;
        if local && !inside && !out.contains(&o) {
            out.push(o);
        }
    }
    out
}

/// Whether statements `list` hold a `return` with values (outside
/// function literals).
pub(super) fn contains_return_values(list: &[Stmt]) -> bool {
    let mut found = false;
    for s in list {
        match &s.kind {
            StmtKind::Return(values) if !values.is_empty() => return true,
            _ => nested_stmts(s, &mut |inner| {
                found |= contains_return_values(std::slice::from_ref(inner))
            }),
        }
    }
    found
}

/// The labels that statements `list` define (outside function literals).
pub(super) fn labels_in(list: &[Stmt], out: &mut HashSet<Box<str>>) {
    for s in list {
        if let StmtKind::Labeled { label, .. } = &s.kind {
            out.insert(label.name.clone());
        }
        nested_stmts(s, &mut |inner| labels_in(std::slice::from_ref(inner), out));
    }
}

/// Every name expression inside statement `s`, function literals' bodies
/// included.
fn collect_stmt_names(s: &Stmt, out: &mut Vec<minigo_parser::ast::ExprId>) {
    walk_stmt(s, &mut |e| collect_names(e, out));
}

/// Every name expression inside `e`, function literals' bodies included.
fn collect_names(e: &Expr, out: &mut Vec<minigo_parser::ast::ExprId>) {
    struct Names<'o>(&'o mut Vec<minigo_parser::ast::ExprId>);
    impl Names<'_> {
        fn stmt(&mut self, s: &Stmt) {
            walk_stmt(s, &mut |e| self.expr(e));
        }
        fn expr(&mut self, e: &Expr) {
            if let ExprKind::Name(_) = &e.kind {
                self.0.push(e.id);
            }
            if let ExprKind::FuncLit(f) = &e.kind {
                for s in &f.body.stmts {
                    self.stmt(s);
                }
                return;
            }
            walk_expr_children(e, &mut |c| self.expr(c));
        }
    }
    Names(out).expr(e);
}

/// Calls `f` on each expression directly inside statement `s` (and its
/// nested statements).
fn walk_stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => walk_stmt(stmt, f),
        StmtKind::Block(b) => b.stmts.iter().for_each(|s| walk_stmt(s, f)),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => f(e),
        StmtKind::Send { ch, value } => {
            f(ch);
            f(value);
        }
        StmtKind::IncDec { x, .. } => f(x),
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(&mut *f),
        StmtKind::Return(list) => list.iter().for_each(&mut *f),
        StmtKind::Decl(minigo_parser::ast::Decl::Var(g)) => g
            .specs
            .iter()
            .flat_map(|s| s.values.iter())
            .for_each(&mut *f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            f(cond);
            then.stmts.iter().for_each(|s| walk_stmt(s, f));
            if let Some(e) = els {
                walk_stmt(e, f);
            }
        }
        StmtKind::Switch {
            init, tag, clauses, ..
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            if let Some(t) = tag {
                f(t);
            }
            for c in clauses {
                c.exprs.iter().for_each(&mut *f);
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::TypeSwitch {
            init, x, clauses, ..
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            f(x);
            for c in clauses {
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                if let Some(comm) = &c.comm {
                    walk_stmt(comm, f);
                }
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            if let Some(c) = cond {
                f(c);
            }
            if let Some(p) = post {
                walk_stmt(p, f);
            }
            body.stmts.iter().for_each(|s| walk_stmt(s, f));
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            for e in [key, value].into_iter().flatten() {
                f(e);
            }
            f(x);
            body.stmts.iter().for_each(|s| walk_stmt(s, f));
        }
        _ => {}
    }
}

/// Calls `f` on each direct subexpression of `e` (not into function
/// literal bodies).
pub(super) fn walk_expr_children(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    match &e.kind {
        ExprKind::Unary { x, .. } | ExprKind::Paren(x) => f(x),
        ExprKind::Binary { x, y, .. } => {
            f(x);
            f(y);
        }
        ExprKind::Call { fun, args, .. } => {
            f(fun);
            args.iter().for_each(&mut *f);
        }
        ExprKind::Selector { x, .. } | ExprKind::TypeAssert { x, .. } => f(x),
        ExprKind::Index { x, index } => {
            f(x);
            index.iter().for_each(&mut *f);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            f(x);
            for i in [lo, hi, max].into_iter().flatten() {
                f(i);
            }
        }
        ExprKind::CompositeLit { elems, .. } => elems.iter().for_each(&mut *f),
        ExprKind::KeyValue { key, value } => {
            f(key);
            f(value);
        }
        _ => {}
    }
}

struct Visitor<'u, 'a> {
    unit: &'u Unit<'a>,
    info: &'a FileInfo,
    out: HashSet<ObjId>,
    /// Variables assigned after their declaration (anywhere in the body).
    assigned: HashSet<ObjId>,
    /// The function's named results: a `return x` in the body of a
    /// range-over-func loop assigns them from the body's closure.
    named_results: &'u [ObjId],
}

impl Visitor<'_, '_> {
    fn is_pointer(&self, e: &Expr) -> bool {
        self.info.type_of(e.id).is_some_and(|tv| {
            matches!(
                self.unit.checked.types.under_kind(tv.ty),
                TypeKind::Pointer(_)
            )
        })
    }

    /// The variable whose storage `e` is part of, if it is a local in
    /// registers: `x`, `x.f.g` through struct values.
    fn root(&self, e: &Expr) -> Option<ObjId> {
        match &e.kind {
            ExprKind::Paren(x) => self.root(x),
            ExprKind::Name(_) => self.info.use_of(e.id),
            ExprKind::Selector { x, .. } if !self.is_pointer(x) => self.root(x),
            _ => None,
        }
    }

    fn escapes(&mut self, e: &Expr) {
        if let Some(o) = self.root(e) {
            if matches!(self.unit.checked.object(o).kind, ObjKind::Var { .. }) {
                self.out.insert(o);
            }
        }
    }

    fn stmts(&mut self, list: &[Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in lhs.iter().chain(rhs) {
                    self.expr(e);
                }
            }
            StmtKind::Return(list) => {
                for e in list {
                    self.expr(e);
                }
            }
            StmtKind::Decl(minigo_parser::ast::Decl::Var(g)) => {
                for spec in &g.specs {
                    for e in &spec.values {
                        self.expr(e);
                    }
                }
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.stmts(&then.stmts);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch {
                init, tag, clauses, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    for e in &c.exprs {
                        self.expr(e);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in clauses {
                    self.stmts(&c.body);
                }
            }
            StmtKind::Select { clauses, .. } => {
                for c in clauses {
                    if let Some(comm) = &c.comm {
                        self.stmt(comm);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.stmts(&body.stmts);
            }
            StmtKind::Range { x, body, .. } if is_range_func(self.unit, self.info, x) => {
                // The body is a closure of its own (`rangefunc.rs`): what it
                // uses is captured as a function literal's variables are.
                self.expr(x);
                let captured = range_free_variables(self.unit, self.info, s);
                self.closure(&body.stmts, captured);
                if contains_return_values(&body.stmts) {
                    self.out.extend(self.named_results.iter().copied());
                }
            }
            StmtKind::Range { x, body, .. } => {
                self.expr(x);
                self.stmts(&body.stmts);
            }
            _ => {}
        }
    }

    /// A closure whose body is `body` and that captures `captured`: those
    /// it takes the address of, and those assigned anywhere, are shared
    /// with their function, in boxes.
    fn closure(&mut self, body: &[Stmt], captured: Vec<ObjId>) {
        // What the literal's body takes the address of (`&x`,
        // `x.ptrMethod()`) must be shared too.
        let mut inner = Visitor {
            unit: self.unit,
            info: self.info,
            out: HashSet::default(),
            assigned: self.assigned.clone(),
            named_results: self.named_results,
        };
        inner.stmts(body);
        // Package variables it takes the address of.
        for &o in &inner.out {
            if matches!(
                self.unit.checked.object(o).kind,
                ObjKind::Var {
                    kind: VarKind::Package,
                    ..
                }
            ) {
                self.out.insert(o);
            }
        }
        for o in captured {
            if inner.out.contains(&o) {
                self.out.insert(o);
                continue;
            }
            // A named result is assigned by every return.
            let result = matches!(
                self.unit.checked.object(o).kind,
                ObjKind::Var {
                    kind: VarKind::Result,
                    ..
                }
            );
            if result || self.assigned.contains(&o) {
                self.out.insert(o);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Unary {
                op: UnaryOp::Addr,
                x,
            } => {
                self.escapes(x);
                self.expr(x);
            }
            ExprKind::Unary { x, .. } | ExprKind::Paren(x) => self.expr(x),
            ExprKind::Binary { x, y, .. } => {
                self.expr(x);
                self.expr(y);
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::Selector { x, .. } => {
                // x.m() with a pointer receiver takes x's address, and so
                // does the method value x.m.
                if let Some(sel) = self.info.selections.get(&e.id) {
                    if sel.kind == SelectionKind::MethodVal && !self.is_pointer(x) {
                        let pointer_recv = match self.unit.checked.object(sel.obj).kind {
                            ObjKind::Func { recv: Some(r) } => {
                                self.unit.checked.object(r).ty.is_some_and(|t| {
                                    matches!(self.unit.checked.types.kind(t), TypeKind::Pointer(_))
                                })
                            }
                            _ => false,
                        };
                        if pointer_recv {
                            self.escapes(x);
                        }
                    }
                }
                self.expr(x)
            }
            ExprKind::Index { x, index } => {
                self.expr(x);
                for i in index {
                    self.expr(i);
                }
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.expr(x);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.expr(i);
                }
            }
            ExprKind::TypeAssert { x, .. } => self.expr(x),
            ExprKind::CompositeLit { elems, .. } => {
                for el in elems {
                    self.expr(el);
                }
            }
            ExprKind::KeyValue { key, value } => {
                self.expr(key);
                self.expr(value);
            }
            ExprKind::FuncLit(lit) => {
                let captured = free_variables(self.unit, self.info, e);
                self.closure(&lit.body.stmts, captured);
            }
            _ => {}
        }
    }
}
