//! Generics (types2's `typeparam.go`, `instantiate.go`, `infer.go` and
//! `unify.go`): type parameter lists and their constraints (interfaces
//! with type sets), instantiation of generic types and functions with the
//! check that each type argument satisfies its constraint, and type
//! inference from a call's arguments and from core types of constraints.
//!
//! minigo compiles one body per instance (full monomorphization; see
//! ARCHITECTURE.md). The checker makes each instance concrete: the body of
//! a generic function or method is checked once more for every distinct
//! list of type arguments, with the type parameters' names bound to the
//! arguments, into side tables of its own (an [`Instance`]). The compiler
//! then compiles each instance as an ordinary function, so the typed
//! bytecode stays typed and nothing is dispatched on a type argument at
//! run time.

use super::decl::Decl;
use super::info::FileInfo;
use super::object::{ObjId, ObjKind};
use super::operand::{Mode, Operand};
use super::{Checker, ScopeId, ScopeKind};
use crate::types::{BasicKind, Method, NamedMethod, Signature, Term, TypeId, TypeKind};
use minigo_parser::ast::{self, BinaryOp, Expr, ExprKind, UnaryOp};
use minigo_parser::printer::expr_string;

/// A generic function or method instantiated with concrete type
/// arguments: its own function object and the side tables of its body.
#[derive(Clone, Debug)]
pub struct Instance {
    /// The instance's function object (what calls of it resolve to).
    pub obj: ObjId,
    /// The generic function or method it instantiates.
    pub generic: ObjId,
    /// The file of the generic declaration.
    pub file: usize,
    /// The types and objects of the declaration's expressions in this
    /// instance (covering only the declaration's range of `ExprId`s).
    pub info: FileInfo,
}

/// What an instance object instantiates.
#[derive(Clone, Debug)]
pub(crate) struct InstanceOf {
    pub generic: ObjId,
    pub targs: Vec<TypeId>,
    /// For a method: the instantiated receiver base type.
    pub named: Option<TypeId>,
}

/// One element of a constraint: a union of terms, or an interface.
enum Elem {
    Terms(Vec<Term>),
    Iface(TypeId),
}

/// How many instances a program may make: Go rejects programs whose
/// instantiation never ends (`F[T]` calling `F[[]T]`).
const MAX_INSTANCES: usize = 20_000;

impl<'a> Checker<'a> {
    // ----- declarations ------------------------------------------------------------------

    /// Declares a type parameter list in `scope` and resolves the
    /// constraints (which may refer to any parameter of the list).
    pub(crate) fn declare_type_params(
        &mut self,
        scope: ScopeId,
        fields: &'a [ast::Field],
    ) -> Vec<TypeId> {
        let mut tps = Vec::new();
        for f in fields {
            for n in &f.names {
                let tp = self.types.new_type_param(&n.name, tps.len() as u32);
                self.tparam_pos.insert(tp, (self.ctx.file, n.span.lo));
                let obj = self.new_object(
                    &n.name,
                    ObjKind::TypeName,
                    Some(tp),
                    Some(self.ctx.file),
                    n.span.lo,
                );
                if self.declare(scope, obj).is_some() {
                    self.error(n.span.lo, format!("{} redeclared in this block", n.name));
                }
                self.record_def(n.span.lo, obj);
                tps.push(tp);
            }
        }
        let saved = self.ctx.scope;
        self.ctx.scope = scope;
        let mut i = 0;
        for f in fields {
            let c = self.bound(&f.ty);
            for _ in &f.names {
                self.types.set_constraint(tps[i], c);
                i += 1;
            }
        }
        self.ctx.scope = saved;
        tps
    }

    /// A type parameter's constraint (types2's `bound`): an interface, or
    /// a union of terms standing for the interface that embeds it.
    fn bound(&mut self, e: &'a Expr) -> TypeId {
        match self.constraint_elem(e) {
            Elem::Iface(t) => t,
            Elem::Terms(terms) => self.types.intern(TypeKind::Constraint {
                methods: Vec::new(),
                terms: Some(terms),
                comparable: false,
                implicit: true,
            }),
        }
    }

    /// An embedded element of an interface or a constraint: `~int |
    /// string`, an interface, or a single type (a one-term union).
    fn constraint_elem(&mut self, e: &'a Expr) -> Elem {
        match &e.kind {
            ExprKind::Paren(x) => self.constraint_elem(x),
            ExprKind::Binary {
                op: BinaryOp::Or, ..
            }
            | ExprKind::Unary {
                op: UnaryOp::Tilde, ..
            } => Elem::Terms(self.union_terms(e)),
            _ => {
                let t = self.typ(e);
                if !self.is_valid(t) {
                    return Elem::Terms(Vec::new());
                }
                if self.types.type_param(self.types.unalias(t)).is_some() {
                    self.error(e.span.lo, "cannot use a type parameter as constraint");
                    return Elem::Iface(self.universe.empty_interface);
                }
                match self.types.under_kind(t) {
                    TypeKind::Interface(_) | TypeKind::Constraint { .. } => Elem::Iface(t),
                    _ => Elem::Terms(vec![Term {
                        tilde: false,
                        ty: t,
                    }]),
                }
            }
        }
    }

    /// The terms of one side of a union.
    fn union_terms(&mut self, e: &'a Expr) -> Vec<Term> {
        match &e.kind {
            ExprKind::Paren(x) => self.union_terms(x),
            ExprKind::Binary {
                op: BinaryOp::Or,
                x,
                y,
                ..
            } => {
                let mut terms = self.union_terms(x);
                terms.extend(self.union_terms(y));
                terms
            }
            ExprKind::Unary {
                op: UnaryOp::Tilde,
                x,
            } => {
                let t = self.typ(x);
                if !self.is_valid(t) {
                    return Vec::new();
                }
                let u = self.types.underlying(t);
                if self.types.is_interface(u) {
                    let ts = self.type_string(t);
                    self.error(
                        e.span.lo,
                        format!("invalid use of ~ ({ts} is an interface)"),
                    );
                    return Vec::new();
                }
                if !self.types.identical(u, t) {
                    let (ts, us) = (self.type_string(t), self.type_string(u));
                    self.error(
                        e.span.lo,
                        format!("invalid use of ~ (underlying type of {ts} is {us})"),
                    );
                    return Vec::new();
                }
                vec![Term { tilde: true, ty: t }]
            }
            _ => {
                let t = self.typ(e);
                if !self.is_valid(t) {
                    return Vec::new();
                }
                // A constraint of terms only stands for its terms.
                if let TypeKind::Constraint {
                    methods,
                    terms: Some(terms),
                    comparable: false,
                    ..
                } = self.types.under_kind(t)
                {
                    if methods.is_empty() {
                        return terms.clone();
                    }
                }
                if let TypeKind::Interface(ms) = self.types.under_kind(t) {
                    if !ms.is_empty() {
                        let ts = self.type_string(t);
                        self.error(
                            e.span.lo,
                            format!("cannot use {ts} in union ({ts} contains methods)"),
                        );
                        return Vec::new();
                    }
                }
                vec![Term {
                    tilde: false,
                    ty: t,
                }]
            }
        }
    }

    /// Adds an embedded element to an interface being built: its methods,
    /// and the intersection of its type set with the one so far.
    pub(crate) fn embed_elem(
        &mut self,
        e: &'a Expr,
        methods: &mut Vec<Method>,
        terms: &mut Option<Vec<Term>>,
        comparable: &mut bool,
    ) {
        let (ms, ts, cmp) = match self.constraint_elem(e) {
            Elem::Terms(ts) => (Vec::new(), Some(ts), false),
            Elem::Iface(t) => match self.types.under_kind(t).clone() {
                TypeKind::Interface(ms) => (ms, None, false),
                TypeKind::Constraint {
                    methods,
                    terms,
                    comparable,
                    ..
                } => (methods, terms, comparable),
                _ => return,
            },
        };
        for m in ms {
            if let Some(existing) = methods.iter().find(|x| x.name == m.name) {
                if !self.types.identical(existing.sig, m.sig) {
                    self.error(e.span.lo, format!("duplicate method {}", m.name));
                }
                continue;
            }
            methods.push(m);
        }
        *comparable |= cmp;
        if let Some(ts) = ts {
            *terms = Some(match terms.take() {
                None => ts,
                Some(have) => have
                    .into_iter()
                    .filter(|t| ts.iter().any(|u| self.term_covers(*u, *t)))
                    .collect(),
            });
        }
    }

    /// Whether term `u` includes every type of term `t`.
    fn term_covers(&self, u: Term, t: Term) -> bool {
        if u.tilde {
            self.types
                .identical(self.types.underlying(t.ty), self.types.underlying(u.ty))
        } else {
            !t.tilde && self.types.identical(t.ty, u.ty)
        }
    }

    /// Declares the type parameters a method of a generic type names in
    /// its receiver (`func (l *List[T]) Push(v T)`), constrained as the
    /// type's own; `None` when the receiver's base type is not generic.
    pub(crate) fn declare_recv_type_params(
        &mut self,
        scope: ScopeId,
        recv: &'a ast::Receiver,
    ) -> Option<Vec<TypeId>> {
        let field = recv.params.first()?;
        let (base, names) = recv_type_params(&field.ty)?;
        let obj = self.lookup_parent(self.file_scopes[self.ctx.file], base)?;
        if !matches!(self.obj(obj).kind, ObjKind::TypeName) {
            return None;
        }
        self.obj_decl(obj);
        let t = self.obj(obj).ty?;
        let gtps = self.types.named(t)?.tparams.clone();
        if gtps.is_empty() {
            return None;
        }
        let count_ok = names.len() == gtps.len();
        if !count_ok {
            let pos = recv_base_pos(&field.ty);
            self.error(
                pos,
                format!(
                    "receiver declares {} type parameter{}, but receiver base type declares {}",
                    names.len(),
                    if names.len() == 1 { "" } else { "s" },
                    gtps.len()
                ),
            );
        }
        let mut tps = Vec::new();
        for (i, &(name, pos)) in names.iter().enumerate() {
            let tp = self.types.new_type_param(name, i as u32);
            self.tparam_pos.insert(tp, (self.ctx.file, pos));
            if name == "_" {
                self.recv_blanks.insert(pos, tp);
            }
            // After a wrong count the receiver type is invalid, reported once.
            let ty = if count_ok { tp } else { self.universe.invalid };
            let obj = self.new_object(name, ObjKind::TypeName, Some(ty), Some(self.ctx.file), pos);
            if self.declare(scope, obj).is_some() {
                self.error(pos, format!("{name} redeclared in this block"));
            }
            tps.push(tp);
        }
        let map: Vec<(TypeId, TypeId)> = gtps.iter().copied().zip(tps.iter().copied()).collect();
        for (&g, &tp) in gtps.iter().zip(&tps) {
            if let Some(c) = self.types.type_param(g).and_then(|p| p.constraint) {
                let c = self.types.subst(c, &map);
                self.types.set_constraint(tp, c);
            }
        }
        Some(tps)
    }

    // ----- instantiation -----------------------------------------------------------------

    /// Whether `t` is a generic type (declared with type parameters, not
    /// an instance).
    pub(crate) fn is_generic_type(&self, t: TypeId) -> bool {
        !self.generic_tparams(t).is_empty()
    }

    /// The type parameters of a generic type or generic alias.
    fn generic_tparams(&self, t: TypeId) -> Vec<TypeId> {
        if let Some(a) = self.types.alias(t) {
            if !a.tparams.is_empty() {
                return a.tparams.clone();
            }
        }
        self.types
            .named(self.types.unalias(t))
            .map(|n| n.tparams.clone())
            .unwrap_or_default()
    }

    /// types2's spelling of a generic type in messages: `List[T any]`.
    pub(crate) fn generic_type_string(&self, t: TypeId) -> String {
        let mut s = self.type_string(t);
        s.push_str(&self.tparam_list_string(&self.generic_tparams(t)));
        s
    }

    fn tparam_list_string(&self, tps: &[TypeId]) -> String {
        let parts: Vec<String> = tps
            .iter()
            .map(|&tp| {
                let p = self.types.type_param(tp);
                let name = p.map_or("?".into(), |p| p.name.to_string());
                let c = p
                    .and_then(|p| p.constraint)
                    .map_or("any".into(), |c| self.type_string(c));
                format!("{name} {c}")
            })
            .collect();
        format!("[{}]", parts.join(", "))
    }

    /// `List[int]` in a type expression.
    pub(crate) fn instantiated_type(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        index: &'a [Expr],
    ) -> TypeId {
        let invalid = self.universe.invalid;
        let op = match &x.kind {
            ExprKind::Name(n) => self.ident(x, n, true),
            ExprKind::Selector { .. } => self.selector(x, true),
            _ => {
                let s = expr_string(x);
                self.error(x.span.lo, format!("{s} is not a generic type"));
                return invalid;
            }
        };
        if op.mode == Mode::Invalid {
            self.use_types(index);
            return invalid;
        }
        if op.mode != Mode::TypeExpr {
            let s = self.operand_string(&op);
            self.error(x.span.lo, format!("{s} is not a type"));
            return invalid;
        }
        let gt = op.ty;
        self.record_type_and_value(x, Mode::TypeExpr, gt, None);
        if !self.is_valid(gt) {
            self.use_types(index);
            return invalid;
        }
        if !self.is_generic_type(gt) {
            let (es, s) = (expr_string(e), expr_string(x));
            self.error(
                x.span.lo,
                format!("invalid operation: {es} ({s} is not a generic type)"),
            );
            self.use_types(index);
            return invalid;
        }
        let tps = self.generic_tparams(gt);
        let targs: Vec<TypeId> = index
            .iter()
            .map(|a| match &a.kind {
                // `_` in a method's receiver: a type parameter without name.
                ExprKind::Name(n) if &**n == "_" && self.recv_blanks.contains_key(&a.span.lo) => {
                    let t = self.recv_blanks[&a.span.lo];
                    self.record_type_and_value(a, Mode::TypeExpr, t, None);
                    t
                }
                _ => self.var_type(a),
            })
            .collect();
        if targs.iter().any(|&t| !self.is_valid(t)) {
            return invalid;
        }
        if targs.len() != tps.len() {
            let gs = self.type_string(gt);
            let qual = if targs.len() < tps.len() {
                "not enough"
            } else {
                "too many"
            };
            let at = x.span.lo;
            self.error(
                at,
                format!(
                    "{qual} type arguments for type {gs}: have {}, want {}",
                    targs.len(),
                    tps.len()
                ),
            );
            return invalid;
        }
        let positions: Vec<u32> = index.iter().map(super::operand::start_pos).collect();
        if !self.verify(&tps, &targs, &positions) {
            return invalid;
        }
        if self.types.alias(gt).is_some_and(|a| !a.tparams.is_empty()) {
            let target = self.types.unalias(gt);
            let map: Vec<(TypeId, TypeId)> = tps.iter().copied().zip(targs).collect();
            let t = self.types.subst(target, &map);
            self.complete_named_instances();
            return t;
        }
        self.instantiate_type(self.types.unalias(gt), &targs)
    }

    fn use_types(&mut self, list: &'a [Expr]) {
        for e in list {
            self.typ(e);
        }
    }

    /// The instance of generic type `orig` for `targs`, with its methods.
    pub(crate) fn instantiate_type(&mut self, orig: TypeId, targs: &[TypeId]) -> TypeId {
        let inst = self.types.instantiate_named(orig, targs);
        self.complete_named_instances();
        inst
    }

    /// Gives instances of generic types their methods, once their generic
    /// type's methods are collected (not yet inside its own declaration).
    pub(crate) fn complete_named_instances(&mut self) {
        let fresh = self.types.take_fresh_instances();
        self.pending_named.extend(fresh);
        if self.pending_named.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.pending_named);
        for inst in pending {
            let Some(orig) = self.types.named(inst).and_then(|n| n.orig) else {
                continue;
            };
            let ready = self
                .generic_type_objs
                .get(&orig)
                .is_some_and(|o| !self.methods.contains_key(o) && self.obj(*o).ty.is_some());
            if !ready {
                self.pending_named.push(inst);
                continue;
            }
            let targs = self
                .types
                .named(inst)
                .map(|n| n.targs.clone())
                .unwrap_or_default();
            let concrete = !targs.iter().any(|&t| self.types.has_type_params(t));
            let methods = self
                .types
                .named(orig)
                .map(|n| n.methods.clone())
                .unwrap_or_default();
            for m in methods {
                let om = ObjId(m.obj);
                let (file, pos) = (self.obj(om).file, self.obj(om).pos);
                let im = self.new_object(&m.name, ObjKind::Func { recv: None }, None, file, pos);
                self.instance_of.insert(
                    im,
                    InstanceOf {
                        generic: om,
                        targs: targs.clone(),
                        named: Some(inst),
                    },
                );
                if let Some(n) = self.types.named_mut(inst) {
                    n.methods.push(NamedMethod {
                        name: m.name.clone(),
                        sig: self.universe.invalid,
                        pointer_recv: m.pointer_recv,
                        obj: im.0,
                    });
                }
                if concrete {
                    self.instance_queue.push(im);
                }
            }
        }
    }

    /// Resolves an instance object's signature: the generic one with the
    /// type arguments substituted. True if `obj` is an instance.
    pub(crate) fn instance_decl(&mut self, obj: ObjId) -> bool {
        let Some(inst) = self.instance_of.get(&obj).cloned() else {
            return false;
        };
        if self.obj(obj).ty.is_some() {
            return true;
        }
        let gsig = self.method_sig(inst.generic);
        let tps = self
            .tparams_of
            .get(&inst.generic)
            .cloned()
            .unwrap_or_default();
        let map: Vec<(TypeId, TypeId)> = tps.into_iter().zip(inst.targs).collect();
        let sig = self.types.subst(gsig, &map);
        self.complete_named_instances();
        self.obj_mut(obj).ty = Some(sig);
        if let Some(n) = inst.named.and_then(|t| self.types.named_mut(t)) {
            if let Some(m) = n.methods.iter_mut().find(|m| m.obj == obj.0) {
                m.sig = sig;
            }
        }
        true
    }

    /// The instance of generic function `g` for `targs`.
    pub(crate) fn instantiate_func(&mut self, g: ObjId, targs: Vec<TypeId>) -> ObjId {
        let targs: Vec<TypeId> = targs.iter().map(|&t| self.types.unalias(t)).collect();
        if let Some(&o) = self.func_instances.get(&(g, targs.clone())) {
            return o;
        }
        let o = self.obj(g).clone();
        let im = self.new_object(&o.name, ObjKind::Func { recv: None }, None, o.file, o.pos);
        self.func_instances.insert((g, targs.clone()), im);
        let concrete = !targs.iter().any(|&t| self.types.has_type_params(t));
        self.instance_of.insert(
            im,
            InstanceOf {
                generic: g,
                targs,
                named: None,
            },
        );
        self.instance_decl(im);
        if concrete {
            self.instance_queue.push(im);
        }
        im
    }

    /// types2's `verify`: each type argument satisfies its parameter's
    /// constraint (with the arguments substituted into it); reports the
    /// first that does not at its position.
    fn verify(&mut self, tps: &[TypeId], targs: &[TypeId], positions: &[u32]) -> bool {
        let map: Vec<(TypeId, TypeId)> = tps.iter().copied().zip(targs.iter().copied()).collect();
        for (i, (&tp, &targ)) in tps.iter().zip(targs).enumerate() {
            let Some(c) = self.types.type_param(tp).and_then(|p| p.constraint) else {
                continue;
            };
            let c = self.types.subst(c, &map);
            if let Err(cause) = self.satisfies(targ, c) {
                let pos = positions.get(i).or(positions.last()).copied().unwrap_or(0);
                self.error(pos, cause);
                return false;
            }
        }
        true
    }

    /// Whether type argument `v` satisfies constraint `c`; else why not,
    /// as types2 words it.
    fn satisfies(&mut self, v: TypeId, c: TypeId) -> Result<(), String> {
        if !self.is_valid(v) || !self.is_valid(c) || self.types.has_type_params(v) {
            return Ok(());
        }
        let (vs, cs) = (self.type_string(v), self.type_string(c));
        match self.types.under_kind(c).clone() {
            TypeKind::Interface(ms) => {
                if ms.is_empty() {
                    return Ok(());
                }
                let mut cause = String::new();
                if self.implements(v, c, true, Some(&mut cause)) {
                    Ok(())
                } else {
                    Err(cause)
                }
            }
            TypeKind::Constraint {
                methods,
                terms,
                comparable,
                ..
            } => {
                if let Some(terms) = &terms {
                    let ok = terms.iter().any(|&t| {
                        self.term_covers(
                            t,
                            Term {
                                tilde: false,
                                ty: v,
                            },
                        )
                    });
                    if !ok {
                        if terms.is_empty() {
                            return Err(format!("cannot satisfy {cs} (empty type set)"));
                        }
                        let u = self.types.underlying(v);
                        if let Some(t) = terms
                            .iter()
                            .find(|t| !t.tilde && u != v && self.types.identical(t.ty, u))
                        {
                            let us = self.type_string(t.ty);
                            return Err(format!(
                                "{vs} does not satisfy {cs} (possibly missing ~ for {us} in {cs})"
                            ));
                        }
                        let mut ts = String::new();
                        self.types.write_terms(&mut ts, terms, 0);
                        return Err(format!("{vs} does not satisfy {cs} ({vs} missing in {ts})"));
                    }
                }
                if !methods.is_empty() {
                    let iface = self.types.intern(TypeKind::Interface(methods));
                    let mut cause = String::new();
                    if !self.implements(v, iface, true, Some(&mut cause)) {
                        let detail = cause.find(" (").map_or("", |i| &cause[i..]);
                        return Err(format!("{vs} does not satisfy {cs}{detail}"));
                    }
                }
                if comparable && !self.types.comparable(v) {
                    return Err(format!("{vs} does not satisfy {cs}"));
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    // ----- calls -------------------------------------------------------------------------

    /// The generic function a callee names (`F`, `pkg.F`), resolving its
    /// declaration if needed.
    pub(crate) fn peek_generic_func(&mut self, e: &Expr) -> Option<ObjId> {
        let obj = match &super::assign::unparen(e).kind {
            ExprKind::Name(n) => self.lookup_parent(self.ctx.scope, n)?,
            ExprKind::Selector { x, sel } => {
                let ExprKind::Name(p) = &x.kind else {
                    return None;
                };
                let o = self.lookup_parent(self.ctx.scope, p)?;
                let ObjKind::PkgName { pkg, .. } = self.obj(o).kind else {
                    return None;
                };
                let scope = self.package_scopes[pkg];
                let m = self.scopes[scope.index()].lookup(&sel.name)?;
                if !super::lookup::is_exported(&sel.name) {
                    return None;
                }
                m
            }
            _ => return None,
        };
        if !matches!(self.obj(obj).kind, ObjKind::Func { .. }) {
            return None;
        }
        let generic = matches!(
            self.decls.get(&obj).map(|d| &d.decl),
            Some(Decl::Func(f)) if !f.tparams.is_empty()
        );
        if !generic {
            return None;
        }
        self.obj_decl(obj);
        self.tparams_of.contains_key(&obj).then_some(obj)
    }

    /// A call of a generic function, `F(args)` or `F[T1](args)`: infers
    /// the missing type arguments, instantiates, and checks the call
    /// against the instance's signature. `None` if the callee is not a
    /// generic function.
    pub(crate) fn generic_call(
        &mut self,
        e: &'a Expr,
        fun: &'a Expr,
        args: &'a [Expr],
        dots: bool,
    ) -> Option<Operand<'a>> {
        let callee = super::assign::unparen(fun);
        let (base, targ_exprs): (&'a Expr, &'a [Expr]) = match &callee.kind {
            ExprKind::Index { x, index } => (x, index),
            _ => (callee, &[]),
        };
        let g = self.peek_generic_func(base)?;
        let invalid = Operand::invalid(Some(e), self.universe.invalid);
        let x = self.expr_or_type(base);
        if x.mode == Mode::Invalid {
            self.use_exprs(args);
            return Some(invalid);
        }
        let tps = self.tparams_of.get(&g).cloned().unwrap_or_default();
        let explicit: Vec<TypeId> = targ_exprs.iter().map(|a| self.var_type(a)).collect();
        if explicit.iter().any(|&t| !self.is_valid(t)) {
            self.use_exprs(args);
            return Some(invalid);
        }
        let fname = expr_string(callee);
        if explicit.len() > tps.len() {
            self.error(
                targ_exprs[tps.len()].span.lo,
                format!(
                    "got {} type arguments but want {}",
                    explicit.len(),
                    tps.len()
                ),
            );
            self.use_exprs(args);
            return Some(invalid);
        }
        let TypeKind::Func(gsig) = self.types.kind(x.ty).clone() else {
            return Some(invalid);
        };
        let arg_ops = self.generic_expr_list(args);
        if arg_ops.iter().any(|a| a.is_invalid()) {
            return Some(invalid);
        }
        let Some(targs) = self.infer(e, &fname, &tps, &explicit, &gsig, &arg_ops, dots) else {
            return Some(invalid);
        };
        // An inferred argument that fails is reported at the call's `(`.
        let mut positions: Vec<u32> = targ_exprs.iter().map(|a| a.span.lo).collect();
        while positions.len() < tps.len() {
            positions.push(fun.span.hi);
        }
        if !self.verify(&tps, &targs, &positions) {
            return Some(invalid);
        }
        let inst = self.instantiate_func(g, targs);
        let isig = self.obj(inst).ty.unwrap_or(self.universe.invalid);
        self.record_use(callee, inst);
        self.record_type_and_value(callee, Mode::Value, isig, None);
        if !std::ptr::eq(callee, base) {
            self.record_use(base, inst);
        }
        let TypeKind::Func(sig) = self.types.kind(isig).clone() else {
            return Some(invalid);
        };
        self.arguments(e, fun, &sig, args, dots, &arg_ops);
        Some(self.call_result(e, &sig))
    }

    /// `F[int]` outside a call: the instance as a function value.
    pub(crate) fn generic_func_value(
        &mut self,
        e: &'a Expr,
        base: &'a Expr,
        index: &'a [Expr],
    ) -> Option<Operand<'a>> {
        let g = self.peek_generic_func(base)?;
        let invalid = Operand::invalid(Some(e), self.universe.invalid);
        let x = self.expr_or_type(base);
        if x.mode == Mode::Invalid {
            return Some(invalid);
        }
        let tps = self.tparams_of.get(&g).cloned().unwrap_or_default();
        let targs: Vec<TypeId> = index.iter().map(|a| self.var_type(a)).collect();
        if targs.iter().any(|&t| !self.is_valid(t)) {
            return Some(invalid);
        }
        if targs.len() > tps.len() {
            self.error(
                index[tps.len()].span.lo,
                format!("got {} type arguments but want {}", targs.len(), tps.len()),
            );
            return Some(invalid);
        }
        if targs.len() < tps.len() {
            let missing = self.tparam_declared(tps[targs.len()]);
            self.error(base.span.hi, format!("cannot infer {missing}"));
            return Some(invalid);
        }
        let positions: Vec<u32> = index.iter().map(|a| a.span.lo).collect();
        if !self.verify(&tps, &targs, &positions) {
            return Some(invalid);
        }
        let inst = self.instantiate_func(g, targs);
        let isig = self.obj(inst).ty.unwrap_or(self.universe.invalid);
        self.record_use(e, inst);
        let mut x = Operand::invalid(Some(e), isig);
        x.mode = Mode::Value;
        Some(x)
    }

    /// `T (declared at ./f.go:3:11)`.
    fn tparam_declared(&self, tp: TypeId) -> String {
        let name = self.tparam_name(tp);
        match self.tparam_pos.get(&tp) {
            Some(&(file, pos)) => format!("{name} (declared at {})", self.pos_string(file, pos)),
            None => name,
        }
    }

    /// A generic function used as a value: assigned to a variable of
    /// function type, it is instantiated with the type arguments that
    /// type implies (Go 1.21); anywhere else it is an error. False after
    /// an error.
    pub(crate) fn generic_func_assignment(
        &mut self,
        x: &mut Operand<'a>,
        t: Option<TypeId>,
    ) -> bool {
        if x.mode != Mode::Value {
            return true;
        }
        let Some(e) = x.expr else { return true };
        let e = super::assign::unparen(e);
        let Some(g) = self.info[self.ctx.file].use_of(e.id) else {
            return true;
        };
        let Some(tps) = self.tparams_of.get(&g).cloned() else {
            return true;
        };
        if self.instance_of.contains_key(&g) {
            return true;
        }
        let name = expr_string(e);
        let target = t.map(|t| self.types.under_kind(t).clone());
        let (Some(TypeKind::Func(want)), TypeKind::Func(have)) =
            (target, self.types.kind(x.ty).clone())
        else {
            self.error(
                x.pos(),
                format!("cannot use generic function {name} without instantiation"),
            );
            return false;
        };
        let mut bound = vec![None; tps.len()];
        let pairs: Vec<(TypeId, TypeId)> = have
            .params
            .iter()
            .zip(&want.params)
            .chain(have.results.iter().zip(&want.results))
            .map(|(&a, &b)| (a, b))
            .collect();
        for (a, b) in pairs {
            self.unify(a, b, &tps, &mut bound, 0);
        }
        if let Some(i) = bound.iter().position(Option::is_none) {
            let missing = self.tparam_declared(tps[i]);
            self.error(x.pos(), format!("cannot infer {missing}"));
            return false;
        }
        let targs: Vec<TypeId> = bound.into_iter().flatten().collect();
        let positions = vec![x.pos(); tps.len()];
        if !self.verify(&tps, &targs, &positions) {
            return false;
        }
        let inst = self.instantiate_func(g, targs);
        let isig = self.obj(inst).ty.unwrap_or(self.universe.invalid);
        self.record_use(e, inst);
        self.record_type_and_value(e, Mode::Value, isig, None);
        x.ty = isig;
        true
    }

    fn tparam_name(&self, tp: TypeId) -> String {
        self.types
            .type_param(tp)
            .map_or_else(String::new, |p| p.name.to_string())
    }

    /// types2's `infer`: the type arguments of a call, from the explicit
    /// ones, the typed arguments, the core types of the constraints, and
    /// last the default types of untyped constant arguments.
    #[allow(clippy::too_many_arguments)]
    fn infer(
        &mut self,
        call: &'a Expr,
        fname: &str,
        tps: &[TypeId],
        explicit: &[TypeId],
        sig: &Signature,
        args: &[Operand<'a>],
        ddd: bool,
    ) -> Option<Vec<TypeId>> {
        let n = tps.len();
        let mut bound: Vec<Option<TypeId>> = (0..n).map(|i| explicit.get(i).copied()).collect();
        // The parameter each argument is passed to.
        let mut params = sig.params.clone();
        if sig.variadic && !ddd {
            if let Some(&last) = sig.params.last() {
                let elem = match self.types.kind(last) {
                    TypeKind::Slice(e) => *e,
                    _ => self.universe.invalid,
                };
                params.truncate(sig.params.len() - 1);
                while params.len() < args.len() {
                    params.push(elem);
                }
            }
        }
        let mut untyped: Vec<(usize, TypeId, u32)> = Vec::new();
        if bound.iter().any(Option::is_none) {
            for (a, &p) in args.iter().zip(&params) {
                if self.is_untyped(a.ty) {
                    if let Some(i) = tps.iter().position(|&t| t == self.types.unalias(p)) {
                        if a.mode != Mode::NilValue {
                            untyped.push((i, a.ty, a.pos()));
                        }
                    }
                    continue;
                }
                let before = self.binding_map(tps, &bound);
                if !self.unify(p, a.ty, tps, &mut bound, 0) {
                    let at = self.type_string(a.ty);
                    let s = a.expr.map(expr_string).unwrap_or_default();
                    let direct = tps.iter().position(|&t| t == self.types.unalias(p));
                    let msg = match direct.and_then(|i| before.iter().find(|b| b.0 == tps[i])) {
                        Some(&(tp, was)) => format!(
                            "type {at} of {s} does not match inferred type {} for {}",
                            self.type_string(was),
                            self.tparam_name(tp)
                        ),
                        None => {
                            let map = self.binding_map(tps, &bound);
                            let want = self.types.subst(p, &map);
                            let mut names = Vec::new();
                            for &t in tps {
                                if self.mentions_exactly(p, t) {
                                    names.push(self.tparam_name(t));
                                }
                            }
                            format!(
                                "type {at} of {s} does not match {} (cannot infer {})",
                                self.type_string(want),
                                names.join(" and ")
                            )
                        }
                    };
                    self.error(a.pos(), format!("in call to {fname}, {msg}"));
                    return None;
                }
            }
        }
        // A constraint with methods but no core type: the argument must
        // have the methods (types2's step 2 of inference).
        for i in 0..n {
            let (Some(tx), false) = (bound[i], i < explicit.len()) else {
                continue;
            };
            let Some(c) = self.types.type_param(tps[i]).and_then(|p| p.constraint) else {
                continue;
            };
            if self.core_term(c).is_some() || !self.has_methods(c) {
                continue;
            }
            let map = self.binding_map(tps, &bound);
            let ci = self.types.subst(c, &map);
            if let Err(cause) = self.satisfies(tx, ci) {
                let detail = cause.lines().next().unwrap_or("");
                let detail = detail.find(" (").map_or("", |k| &detail[k..]);
                let (ts, xs, cs) = (
                    self.tparam_name(tps[i]),
                    self.type_string(tx),
                    self.type_string(c),
                );
                let at = match &call.kind {
                    ExprKind::Call { fun, .. } => fun.span.hi,
                    _ => call.span.lo,
                };
                self.error(
                    at,
                    format!("in call to {fname}, {ts} (type {xs}) does not satisfy {cs}{detail}"),
                );
                return None;
            }
        }
        self.infer_from_cores(tps, &mut bound);
        // Untyped constants: the default type of the largest kind among
        // those passed to the same type parameter (Go 1.21).
        for i in 0..n {
            if bound[i].is_some() {
                continue;
            }
            let mut best: Option<TypeId> = None;
            for &(j, t, at) in &untyped {
                if j != i {
                    continue;
                }
                best = match best {
                    None => Some(t),
                    Some(b) => {
                        let (kb, kt) = (self.types.basic(b), self.types.basic(t));
                        match (kb.map(untyped_rank), kt.map(untyped_rank)) {
                            (Some(Some(rb)), Some(Some(rt))) => Some(if rt > rb { t } else { b }),
                            _ if self.types.identical(b, t) => Some(b),
                            _ => {
                                let (bs, ts) = (self.type_string(b), self.type_string(t));
                                self.error(
                                    at,
                                    format!(
                                        "in call to {fname}, mismatched types {bs} and {ts} \
                                         (cannot infer {})",
                                        self.tparam_name(tps[i])
                                    ),
                                );
                                return None;
                            }
                        }
                    }
                };
            }
            if let Some(t) = best {
                bound[i] = Some(self.default_type(t));
            }
        }
        self.infer_from_cores(tps, &mut bound);
        if let Some(i) = bound.iter().position(Option::is_none) {
            let at = match &call.kind {
                ExprKind::Call { fun, .. } => fun.span.hi,
                _ => call.span.lo,
            };
            let name = self.tparam_declared(tps[i]);
            self.error(at, format!("in call to {fname}, cannot infer {name}"));
            return None;
        }
        // Inferred arguments may mention other parameters of the list.
        let mut targs: Vec<TypeId> = bound.into_iter().flatten().collect();
        for _ in 0..n {
            let map: Vec<(TypeId, TypeId)> =
                tps.iter().copied().zip(targs.iter().copied()).collect();
            let next: Vec<TypeId> = targs.iter().map(|&t| self.types.subst(t, &map)).collect();
            if next == targs {
                break;
            }
            targs = next;
        }
        Some(targs)
    }

    fn binding_map(&self, tps: &[TypeId], bound: &[Option<TypeId>]) -> Vec<(TypeId, TypeId)> {
        tps.iter()
            .zip(bound)
            .filter_map(|(&p, b)| b.map(|b| (p, b)))
            .collect()
    }

    /// Constraint type inference: a type parameter whose constraint has a
    /// core type (`S ~[]E`) unifies its argument with it, inferring the
    /// parameters the core type mentions; one without an argument gets
    /// the core type itself once that is known.
    fn infer_from_cores(&mut self, tps: &[TypeId], bound: &mut [Option<TypeId>]) {
        for _ in 0..=tps.len() {
            let mut changed = false;
            for i in 0..tps.len() {
                let Some(c) = self.types.type_param(tps[i]).and_then(|p| p.constraint) else {
                    continue;
                };
                let Some(core) = self.core_term(c) else {
                    continue;
                };
                let before = bound.iter().filter(|b| b.is_some()).count();
                match bound[i] {
                    Some(b) => {
                        let target = if core.tilde {
                            self.types.underlying(b)
                        } else {
                            b
                        };
                        self.unify(core.ty, target, tps, bound, 0);
                    }
                    None => {
                        let map = self.binding_map(tps, bound);
                        let t = self.types.subst(core.ty, &map);
                        if !self.types.has_type_params(t) {
                            bound[i] = Some(t);
                        }
                    }
                }
                if bound.iter().filter(|b| b.is_some()).count() != before {
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// The single term of a constraint's type set, if it has one.
    fn core_term(&self, c: TypeId) -> Option<Term> {
        let TypeKind::Constraint {
            terms: Some(terms), ..
        } = self.types.under_kind(c)
        else {
            return None;
        };
        let first = *terms.first()?;
        let u = self.types.underlying(first.ty);
        let same = |t: &Term| {
            let v = self.types.underlying(t.ty);
            if self.types.identical(u, v) {
                return true;
            }
            // Channels of one element type differing in direction have
            // that channel type as their core type.
            match (self.types.kind(u), self.types.kind(v)) {
                (TypeKind::Chan { elem: a, .. }, TypeKind::Chan { elem: b, .. }) => {
                    self.types.identical(*a, *b)
                }
                _ => false,
            }
        };
        terms.iter().all(same).then_some(first)
    }

    /// Whether constraint `c` has methods.
    fn has_methods(&self, c: TypeId) -> bool {
        match self.types.under_kind(c) {
            TypeKind::Interface(ms) => !ms.is_empty(),
            TypeKind::Constraint { methods, .. } => !methods.is_empty(),
            _ => false,
        }
    }

    /// Whether `t` mentions type parameter `tp` itself.
    fn mentions_exactly(&mut self, t: TypeId, tp: TypeId) -> bool {
        let marker = self.universe.invalid;
        self.types.subst(t, &[(tp, marker)]) != t
    }

    /// types2's `unify` (inexact): matches parameter type `x`, which
    /// mentions the type parameters `tps`, against argument type `y`,
    /// binding the parameters. False if they cannot match.
    fn unify(
        &mut self,
        x: TypeId,
        y: TypeId,
        tps: &[TypeId],
        bound: &mut [Option<TypeId>],
        depth: u32,
    ) -> bool {
        if depth > 32 {
            return true;
        }
        let d = depth + 1;
        let (x, y) = (self.types.unalias(x), self.types.unalias(y));
        if let Some(i) = tps.iter().position(|&t| t == x) {
            return match bound[i] {
                None => {
                    bound[i] = Some(y);
                    true
                }
                Some(b) => {
                    self.types.identical(b, y)
                        || self
                            .types
                            .identical(self.types.underlying(b), self.types.underlying(y))
                            && (!self.types.is_named(b) || !self.types.is_named(y))
                }
            };
        }
        if !self.types.has_type_params(x) {
            return true; // assignability decides
        }
        // A type parameter of the enclosing function as the argument's
        // type: inexactly, its core type.
        if self.types.type_param(y).is_some() && self.types.type_param(x).is_none() {
            if let Some(core) = self.core_type(y).filter(|&c| c != y) {
                return self.unify(x, core, tps, bound, d);
            }
        }
        let (kx, ky) = (self.types.kind(x).clone(), self.types.kind(y).clone());
        use TypeKind::*;
        // An instance of a generic interface matches a type with its
        // methods.
        if let (Named(_), TypeKind::Interface(_)) = (&kx, self.types.under_kind(x)) {
            let same_orig = self.types.named(x).and_then(|n| n.orig).is_some()
                && self.types.named(x).and_then(|n| n.orig)
                    == self.types.named(y).and_then(|n| n.orig);
            if !same_orig {
                return self.unify_methods(x, y, tps, bound, d);
            }
        }
        match (&kx, &ky) {
            (Named(_), Named(_)) => {
                let (nx, ny) = (self.types.named(x), self.types.named(y));
                let (ox, oy) = (nx.and_then(|n| n.orig), ny.and_then(|n| n.orig));
                if ox.is_some() && ox == oy {
                    let xa = nx.map(|n| n.targs.clone()).unwrap_or_default();
                    let ya = ny.map(|n| n.targs.clone()).unwrap_or_default();
                    return xa
                        .iter()
                        .zip(&ya)
                        .all(|(&a, &b)| self.unify(a, b, tps, bound, d));
                }
                false
            }
            (_, Named(_)) if !matches!(kx, Named(_)) => {
                let u = self.types.underlying(y);
                u != y && self.unify(x, u, tps, bound, d)
            }
            // Inexact: a defined type against a type literal matches
            // through its underlying type.
            (Named(_), _) => {
                let u = self.types.underlying(x);
                u != x && self.unify(u, y, tps, bound, d)
            }
            (Pointer(a), Pointer(b)) | (Slice(a), Slice(b)) => self.unify(*a, *b, tps, bound, d),
            (Array { len: n, elem: a }, Array { len: m, elem: b }) => {
                n == m && self.unify(*a, *b, tps, bound, d)
            }
            (Chan { elem: a, .. }, Chan { elem: b, .. }) => self.unify(*a, *b, tps, bound, d),
            (Map { key: k1, value: v1 }, Map { key: k2, value: v2 }) => {
                self.unify(*k1, *k2, tps, bound, d) && self.unify(*v1, *v2, tps, bound, d)
            }
            (Func(s1), Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .chain(s1.results.iter().zip(&s2.results))
                        .all(|(&a, &b)| self.unify(a, b, tps, bound, d))
            }
            (Struct(f1), Struct(f2)) => {
                f1.len() == f2.len()
                    && f1
                        .iter()
                        .zip(f2)
                        .all(|(a, b)| a.name == b.name && self.unify(a.ty, b.ty, tps, bound, d))
            }
            (Interface(_), _) => self.unify_methods(x, y, tps, bound, d),
            _ => false,
        }
    }

    /// Inexact unification of an interface that mentions type parameters
    /// with a type that has its methods: each method's signature.
    fn unify_methods(
        &mut self,
        x: TypeId,
        y: TypeId,
        tps: &[TypeId],
        bound: &mut [Option<TypeId>],
        depth: u32,
    ) -> bool {
        let TypeKind::Interface(ms) = self.types.under_kind(x).clone() else {
            return false;
        };
        for m in ms {
            let found = match self.lookup_field_or_method(y, true, None, &m.name, false) {
                super::lookup::Lookup::Found { found, .. } => found,
                _ => return false,
            };
            let Some(sig) = self.found_sig(&found) else {
                return false;
            };
            if !self.unify(m.sig, sig, tps, bound, depth) {
                return false;
            }
        }
        true
    }

    // ----- instance bodies ---------------------------------------------------------------

    /// Checks the bodies of the instances made so far, and of those their
    /// bodies make in turn.
    pub(crate) fn check_instances(&mut self) {
        self.complete_named_instances();
        while let Some(im) = self.instance_queue.pop() {
            if self.instances.len() >= MAX_INSTANCES {
                if let Some(o) = self.instance_of.get(&im).map(|i| i.generic) {
                    let (file, pos) = (self.obj(o).file.unwrap_or(0), self.obj(o).pos);
                    let name = self.obj(o).name.clone();
                    self.error_in(file, pos, format!("instantiation cycle in {name}"), false);
                }
                self.instance_queue.clear();
                return;
            }
            self.check_instance(im);
            self.complete_named_instances();
        }
    }

    fn check_instance(&mut self, im: ObjId) {
        let Some(inst) = self.instance_of.get(&im).cloned() else {
            return;
        };
        let Some(decl) = self.decls.get(&inst.generic).cloned() else {
            return;
        };
        let Decl::Func(f) = decl.decl else { return };
        let Some(body) = &f.body else { return };
        let file = decl.file;
        // A method the checker rejected (one with type parameters).
        if self.obj(inst.generic).ty == Some(self.universe.invalid) {
            return;
        }
        self.instance_decl(im);
        let Some(isig) = self.obj(im).ty else { return };
        let saved_pkg = self.pkg;
        let saved_ctx = self.ctx.clone();
        let saved_untyped = std::mem::take(&mut self.untyped);
        let fresh = FileInfo::new(self.src.files[file].ast.expr_count);
        let saved_info = std::mem::replace(&mut self.info[file], fresh);
        self.pkg = self.src.files[file].pkg;
        self.ctx.file = file;
        self.ctx.scope = self.file_scopes[file];
        self.ctx.iota = None;
        self.ctx.errpos = None;
        self.ctx.decl = Some(inst.generic);
        self.ctx.sig = None;
        self.ctx.results = Vec::new();
        self.ctx.has_named_results = false;
        let scope = self.new_scope(Some(self.file_scopes[file]), ScopeKind::Func);
        // The type parameters' names denote the type arguments.
        let names: Vec<(&str, u32)> = match &f.recv {
            Some(r) => r
                .params
                .first()
                .and_then(|p| recv_type_params(&p.ty))
                .map(|(_, ns)| ns)
                .unwrap_or_default(),
            None => f
                .tparams
                .iter()
                .flat_map(|p| p.names.iter().map(|n| (&*n.name, n.span.lo)))
                .collect(),
        };
        for ((name, pos), &targ) in names.into_iter().zip(&inst.targs) {
            if name == "_" {
                self.recv_blanks.insert(pos, targ);
            }
            let obj = self.new_object(name, ObjKind::TypeName, Some(targ), Some(file), pos);
            self.declare(scope, obj);
            self.record_def(pos, obj);
        }
        let errors = self.errors.len();
        let (_, recv_var) = self.func_type(scope, f.recv.as_ref(), &f.sig, true);
        self.recv_blanks.clear();
        self.obj_mut(im).kind = ObjKind::Func { recv: recv_var };
        self.func_body(scope, isig, body);
        // The generic check reported this body's errors in gc's words; an
        // instance's only stand when it found none.
        if self.generic_errors.contains(&inst.generic) {
            self.errors.truncate(errors);
        }
        self.record_untyped();
        let mut info = std::mem::replace(&mut self.info[file], saved_info);
        info.compress();
        self.instances.push(Instance {
            obj: im,
            generic: inst.generic,
            file,
            info,
        });
        self.untyped = saved_untyped;
        self.ctx = saved_ctx;
        self.pkg = saved_pkg;
    }
}

/// The rank of an untyped numeric kind for inference from constants
/// (int < rune < float < complex); `None` for other kinds.
fn untyped_rank(k: BasicKind) -> Option<u8> {
    match k {
        BasicKind::UntypedInt => Some(0),
        BasicKind::UntypedRune => Some(1),
        BasicKind::UntypedFloat => Some(2),
        BasicKind::UntypedComplex => Some(3),
        _ => None,
    }
}

/// Where a receiver's base type is written (after `*` and parentheses).
fn recv_base_pos(e: &Expr) -> u32 {
    match &e.kind {
        ExprKind::Paren(x)
        | ExprKind::Unary {
            op: UnaryOp::Deref,
            x,
        } => recv_base_pos(x),
        _ => e.span.lo,
    }
}

/// A generic receiver's base type name and the type parameter names it
/// declares: `*List[K, V]` gives `List` and `[K, V]`.
pub(crate) fn recv_type_params(e: &Expr) -> Option<(&str, Vec<(&str, u32)>)> {
    let mut e = e;
    loop {
        match &e.kind {
            ExprKind::Paren(x) => e = x,
            ExprKind::Unary {
                op: UnaryOp::Deref,
                x,
            } => e = x,
            _ => break,
        }
    }
    let ExprKind::Index { x, index } = &e.kind else {
        return None;
    };
    let ExprKind::Name(base) = &x.kind else {
        return None;
    };
    let names = index
        .iter()
        .filter_map(|i| match &i.kind {
            ExprKind::Name(n) => Some((&**n, i.span.lo)),
            _ => None,
        })
        .collect();
    Some((base, names))
}
