//! Resolving declarations (types2's `decl.go`): package-level objects on
//! demand, in any order, with types2's cycle detection (an object met again
//! while its declaration is being resolved is grey: a cycle, valid only
//! through a defined type); constants with `iota` and inherited
//! initializers, variables, defined types and aliases, functions and the
//! methods of each defined type; and the same declarations inside
//! function bodies.

use super::object::{ObjId, ObjKind, VarKind};
use super::operand::{Mode, Operand};
use super::Checker;
use crate::constant::Value;
use crate::types::{NamedMethod, TypeId, TypeKind};
use minigo_parser::ast::{self, ConstSpec, Expr, ExprKind, FuncDecl, TypeSpec, VarSpec};

/// How a package-level object was declared.
#[derive(Clone, Debug)]
pub(crate) struct DeclInfo<'a> {
    pub file: usize,
    pub decl: Decl<'a>,
}

#[derive(Clone, Debug)]
pub(crate) enum Decl<'a> {
    Const {
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
        /// The spec repeats the previous one's type and values.
        inherited: bool,
        iota: u32,
    },
    Var {
        /// All the variables of `var a, b = f()`, or just this one.
        lhs: Vec<ObjId>,
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
    },
    Type(&'a TypeSpec),
    Func(&'a FuncDecl),
}

impl<'a> Checker<'a> {
    /// Resolves every package-level object, in source order.
    pub(crate) fn package_objects(&mut self) {
        let objs = self.pkg_objects.clone();
        // Types first, as types2 does (so that methods are collected before
        // any value refers to them), then everything else.
        for &obj in &objs {
            if matches!(self.obj(obj).kind, ObjKind::TypeName) {
                self.obj_decl(obj);
            }
        }
        for &obj in &objs {
            self.obj_decl(obj);
        }
    }

    /// types2's `objDecl`: makes sure `obj`'s type is known.
    pub(crate) fn obj_decl(&mut self, obj: ObjId) {
        if let Some(start) = self.obj_path.iter().position(|&o| o == obj) {
            // grey: a cycle
            let valid = self.valid_cycle(start);
            let invalid = self.universe.invalid;
            let o = self.obj_mut(obj);
            // A value in an invalid cycle (or one whose type depends on
            // its own initializer) is invalid; a type only if the cycle is.
            match o.kind {
                ObjKind::Const(_) | ObjKind::Var { .. } if !valid || o.ty.is_none() => {
                    o.ty = Some(invalid);
                }
                ObjKind::TypeName if !valid => o.ty = Some(invalid),
                _ => {}
            }
            return;
        }
        if self.obj(obj).ty.is_some() {
            return; // black
        }
        if self.instance_decl(obj) {
            return;
        }
        let Some(info) = self.decls.get(&obj).cloned() else {
            // Not a package-level object (a local being declared).
            return;
        };
        self.obj_path.push(obj);
        let saved = self.ctx.clone();
        self.ctx.file = info.file;
        self.ctx.scope = self.file_scopes[info.file];
        self.ctx.iota = None;
        self.ctx.errpos = None;
        self.ctx.sig = None;
        self.ctx.results = Vec::new();
        self.ctx.has_named_results = false;
        match info.decl {
            Decl::Const {
                typ,
                init,
                inherited,
                iota,
            } => {
                self.ctx.decl = Some(obj);
                self.const_decl(obj, typ, init, inherited, iota);
            }
            Decl::Var { lhs, typ, init } => {
                self.ctx.decl = Some(obj);
                self.var_decl(obj, &lhs, typ, init);
            }
            Decl::Type(spec) => {
                self.type_decl(obj, spec);
                self.collect_methods(obj);
                self.complete_named_instances();
            }
            Decl::Func(f) => {
                self.ctx.decl = Some(obj);
                self.func_decl(obj, f);
            }
        }
        self.ctx = saved;
        self.obj_path.pop();
    }

    /// types2's `validCycle`: whether the cycle from `obj_path[start]` back
    /// to it is allowed, reporting it if not.
    fn valid_cycle(&mut self, start: usize) -> bool {
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        let mut nval = 0;
        let mut ndef = 0;
        for &o in &cycle {
            match self.obj(o).kind {
                ObjKind::Const(_) | ObjKind::Var { .. } => nval += 1,
                ObjKind::TypeName => {
                    let is_alias = self
                        .obj(o)
                        .ty
                        .is_some_and(|t| self.types.alias(t).is_some());
                    if !is_alias {
                        ndef += 1;
                    }
                }
                _ => {}
            }
        }
        if nval == cycle.len() {
            // An initialization cycle, reported with the initialization
            // order.
            return true;
        }
        if nval == 0 && ndef > 0 {
            return true;
        }
        let first = self.first_in_src(&cycle);
        self.cycle_error(&cycle, first);
        false
    }

    pub(crate) fn first_in_src(&self, objs: &[ObjId]) -> usize {
        let mut best = 0;
        for (i, &o) in objs.iter().enumerate() {
            let (a, b) = (self.obj(o), self.obj(objs[best]));
            if (a.file, a.pos) < (b.file, b.pos) {
                best = i;
            }
        }
        best
    }

    /// types2's `cycleError`.
    pub(crate) fn cycle_error(&mut self, cycle: &[ObjId], start: usize) {
        let obj = cycle[start];
        let is_type = matches!(self.obj(obj).kind, ObjKind::TypeName);
        let name = |c: &Checker, o: ObjId| c.obj(o).name.to_string();
        let (file, pos) = (
            self.obj(obj).file.unwrap_or(self.ctx.file),
            self.obj(obj).pos,
        );
        if cycle.len() == 1 {
            let msg = if is_type {
                format!(
                    "invalid recursive type: {} refers to itself",
                    name(self, obj)
                )
            } else {
                format!(
                    "invalid cycle in declaration: {} refers to itself",
                    name(self, obj)
                )
            };
            self.error_in(file, pos, msg, false);
            return;
        }
        let mut msg = if is_type {
            format!("invalid recursive type {}", name(self, obj))
        } else {
            format!("invalid cycle in declaration of {}", name(self, obj))
        };
        let mut cur = obj;
        for i in 0..cycle.len() {
            let next = cycle[(start + i + 1) % cycle.len()];
            let o = self.obj(cur);
            let at = o
                .file
                .map(|f| format!("{}: ", self.pos_string(f, o.pos)))
                .unwrap_or_default();
            msg.push_str(&format!(
                "\n\t{at}{} refers to {}",
                name(self, cur),
                name(self, next)
            ));
            cur = next;
        }
        self.error_in(file, pos, msg, false);
    }

    // ----- constants ------------------------------------------------------------------------

    fn const_decl(
        &mut self,
        obj: ObjId,
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
        inherited: bool,
        iota: u32,
    ) {
        let saved_iota = self.ctx.iota.replace(Value::make_int64(iota as i64));
        let saved_errpos = self.ctx.errpos.take();
        self.obj_mut(obj).kind = ObjKind::Const(Value::Unknown);
        let mut declared = None;
        if let Some(typ) = typ {
            let t = self.typ(typ);
            if !self.is_const_type(t) {
                if self.is_valid(self.types.underlying(t)) {
                    let ts = self.type_string(t);
                    self.error(typ.span.lo, format!("invalid constant type {ts}"));
                }
                self.obj_mut(obj).ty = Some(self.universe.invalid);
                self.ctx.iota = saved_iota;
                self.ctx.errpos = saved_errpos;
                return;
            }
            declared = Some(t);
            self.obj_mut(obj).ty = Some(t);
        }
        let mut x = Operand::invalid(None, self.universe.invalid);
        if let Some(init) = init {
            if inherited {
                self.ctx.errpos = Some(self.obj(obj).pos);
            }
            x = self.expr(None, init);
        }
        let _ = declared;
        self.init_const(obj, &mut x);
        self.ctx.iota = saved_iota;
        self.ctx.errpos = saved_errpos;
    }

    /// types2's `initConst`.
    pub(crate) fn init_const(&mut self, lhs: ObjId, x: &mut Operand<'a>) {
        if x.mode == Mode::Invalid
            || !self.is_valid(x.ty)
            || self.obj(lhs).ty == Some(self.universe.invalid)
        {
            let invalid = self.universe.invalid;
            let o = self.obj_mut(lhs);
            if o.ty.is_none() {
                o.ty = Some(invalid);
            }
            return;
        }
        if x.mode != Mode::Constant {
            let s = self.operand_string(x);
            self.error(x.pos(), format!("{s} is not constant"));
            let invalid = self.universe.invalid;
            let o = self.obj_mut(lhs);
            if o.ty.is_none() {
                o.ty = Some(invalid);
            }
            return;
        }
        // A declared type has been set; else the constant takes x's type.
        match self.obj(lhs).ty {
            None => self.obj_mut(lhs).ty = Some(x.ty),
            Some(t) => {
                self.assignment(x, Some(t), "constant declaration");
                if x.mode == Mode::Invalid {
                    return;
                }
            }
        }
        self.obj_mut(lhs).kind = ObjKind::Const(x.val.clone());
    }

    // ----- variables ------------------------------------------------------------------------

    fn var_decl(
        &mut self,
        obj: ObjId,
        lhs: &[ObjId],
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
    ) {
        if let Some(typ) = typ {
            let t = self.var_type(typ);
            self.obj_mut(obj).ty = Some(t);
        }
        let Some(init) = init else {
            if typ.is_none() {
                self.obj_mut(obj).ty = Some(self.universe.invalid);
            }
            return;
        };
        if lhs.len() <= 1 {
            let target = self.obj(obj).ty;
            let mut x = self.expr(target, init);
            self.init_var(obj, &mut x, "variable declaration");
            return;
        }
        if typ.is_some() {
            let t = self.obj(obj).ty;
            for &l in lhs {
                self.obj_mut(l).ty = t;
            }
        }
        self.init_vars(lhs, std::slice::from_ref(init), None);
    }

    // ----- types ----------------------------------------------------------------------------

    fn type_decl(&mut self, obj: ObjId, spec: &'a TypeSpec) {
        let pkg_path = self.pkg_path();
        let name = self.obj(obj).name.clone();
        let ty = if spec.alias {
            self.types.new_alias(&name, &pkg_path, None)
        } else {
            self.types.new_named(&name, &pkg_path)
        };
        self.obj_mut(obj).ty = Some(ty);
        // A generic type or alias: its type parameters are in scope in its
        // declaration; instantiating a generic alias (Go 1.24) substitutes
        // its target.
        let saved = self.ctx.scope;
        let generic = !spec.tparams.is_empty();
        if generic {
            let scope = self.new_scope(Some(self.ctx.scope), super::ScopeKind::Func);
            let tps = self.declare_type_params(scope, &spec.tparams);
            if spec.alias {
                self.types.set_alias_tparams(ty, tps);
            } else {
                self.generic_type_objs.insert(ty, obj);
                if let Some(n) = self.types.named_mut(ty) {
                    n.tparams = tps;
                }
            }
            self.ctx.scope = scope;
        }
        let rhs = self.declared_type(&spec.ty, obj);
        self.ctx.scope = saved;
        if spec.alias {
            self.types.set_alias_target(ty, rhs);
            return;
        }
        if generic && self.types.type_param(self.types.unalias(rhs)).is_some() {
            self.error(
                spec.ty.span.lo,
                "cannot use a type parameter as RHS in type declaration",
            );
            self.types.set_underlying(ty, self.universe.invalid);
            return;
        }
        self.types.set_underlying(ty, rhs);
        if self.types.named(ty).is_some_and(|n| n.underlying.is_none()) {
            self.types.set_underlying(ty, self.universe.invalid);
        }
        self.valid_type(obj, ty);
    }

    /// The type of a declaration's right-hand side (types2's
    /// `declaredType`).
    fn declared_type(&mut self, e: &'a Expr, _obj: ObjId) -> TypeId {
        self.typ(e)
    }

    /// The import path types of this package are qualified with in
    /// messages (empty for the program's own package).
    pub(crate) fn pkg_path(&self) -> String {
        if self.in_std() {
            self.src.packages[self.pkg].path.clone()
        } else {
            String::new()
        }
    }

    /// types2's `validType`: a defined type must not contain itself through
    /// arrays and struct fields (pointers, slices, maps, channels, functions
    /// and interfaces break the recursion).
    fn valid_type(&mut self, obj: ObjId, named: TypeId) {
        let mut path = vec![obj];
        let under = self.types.underlying(named);
        if let Some(cycle) = self.find_type_cycle(under, named, &mut path, 0) {
            let start = self.first_in_src(&cycle);
            self.cycle_error(&cycle, start);
            self.types.set_underlying(named, self.universe.invalid);
        }
    }

    fn find_type_cycle(
        &self,
        t: TypeId,
        target: TypeId,
        path: &mut Vec<ObjId>,
        depth: u32,
    ) -> Option<Vec<ObjId>> {
        if depth > 64 {
            return None;
        }
        match self.types.kind(self.types.unalias(t)).clone() {
            TypeKind::Array { elem, .. } => self.find_type_cycle(elem, target, path, depth + 1),
            TypeKind::Struct(fields) => {
                for f in fields {
                    if let Some(c) = self.find_type_cycle(f.ty, target, path, depth + 1) {
                        return Some(c);
                    }
                }
                None
            }
            TypeKind::Named(_) => {
                let t = self.types.unalias(t);
                if t == target {
                    return Some(path.clone());
                }
                // Only types of this package can form a new cycle.
                let obj = self.type_name_of(t)?;
                if path.contains(&obj) {
                    return None;
                }
                path.push(obj);
                let under = self.types.named(t).and_then(|n| n.underlying)?;
                let r = self.find_type_cycle(under, target, path, depth + 1);
                path.pop();
                r
            }
            _ => None,
        }
    }

    /// The package-level type name declaring a defined type of this
    /// package.
    pub(crate) fn type_name_of(&self, t: TypeId) -> Option<ObjId> {
        self.pkg_objects
            .iter()
            .copied()
            .find(|&o| matches!(self.obj(o).kind, ObjKind::TypeName) && self.obj(o).ty == Some(t))
    }

    /// types2's `collectMethods`: adds the methods declared on `obj` to its
    /// type, reporting duplicates.
    fn collect_methods(&mut self, obj: ObjId) {
        let Some(methods) = self.methods.remove(&obj) else {
            return;
        };
        let Some(t) = self.obj(obj).ty else { return };
        let named = self.types.unalias(t);
        if self.types.named(named).is_none() {
            return;
        }
        let type_name = self.obj(obj).name.clone();
        for m in methods {
            let name = self.obj(m).name.clone();
            if &*name == "_" {
                continue;
            }
            let existing = self
                .types
                .named(named)
                .and_then(|n| n.methods.iter().find(|x| x.name == name).map(|x| x.obj));
            if let Some(alt) = existing {
                let alt = ObjId(alt);
                let (f, p) = (
                    self.obj(alt).file.unwrap_or(self.ctx.file),
                    self.obj(alt).pos,
                );
                let at = self.pos_string(f, p);
                let (mf, mp) = (self.obj(m).file.unwrap_or(self.ctx.file), self.obj(m).pos);
                self.error_in(
                    mf,
                    mp,
                    format!("method {type_name}.{name} already declared at {at}"),
                    false,
                );
                continue;
            }
            let pointer_recv = self.method_has_pointer_recv(m);
            let invalid = self.universe.invalid;
            if let Some(n) = self.types.named_mut(named) {
                n.methods.push(NamedMethod {
                    name: name.clone(),
                    sig: invalid,
                    pointer_recv,
                    obj: m.0,
                });
            }
        }
        self.check_field_uniqueness(named);
    }

    fn method_has_pointer_recv(&self, m: ObjId) -> bool {
        let Some(info) = self.decls.get(&m) else {
            return false;
        };
        let Decl::Func(f) = &info.decl else {
            return false;
        };
        let Some(field) = f.recv.as_ref().and_then(|r| r.single()) else {
            return false;
        };
        let mut e = &field.ty;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        matches!(
            e.kind,
            ExprKind::Unary {
                op: ast::UnaryOp::Deref,
                ..
            }
        )
    }

    /// A struct type's field names must differ from its methods' names.
    fn check_field_uniqueness(&mut self, named: TypeId) {
        let TypeKind::Struct(fields) = self.types.under_kind(named).clone() else {
            return;
        };
        let methods: Vec<(Box<str>, u32)> = self
            .types
            .named(named)
            .map(|n| n.methods.iter().map(|m| (m.name.clone(), m.obj)).collect())
            .unwrap_or_default();
        for f in &fields {
            if &*f.name == "_" {
                continue;
            }
            if let Some((_, m)) = methods.iter().find(|(n, _)| *n == f.name) {
                let m = ObjId(*m);
                let (mf, mp) = (self.obj(m).file.unwrap_or(self.ctx.file), self.obj(m).pos);
                self.error_in(
                    mf,
                    mp,
                    format!("field and method with the same name {}", f.name),
                    false,
                );
            }
        }
    }

    // ----- functions --------------------------------------------------------------------------

    fn func_decl(&mut self, obj: ObjId, f: &'a FuncDecl) {
        // An empty signature until the real one is known, so that a
        // recursive reference finds a function type.
        let empty = self.empty_signature();
        self.obj_mut(obj).ty = Some(empty);
        if let Some(recv) = &f.recv {
            if let Some(msg) = recv.count_error() {
                self.error(recv.after, msg);
            }
        }
        let func_scope = self.new_scope(
            Some(self.file_scopes[self.ctx.file]),
            super::ScopeKind::Func,
        );
        // A generic function, or a method of a generic type: its body is
        // checked per instance.
        if !f.tparams.is_empty() && f.recv.is_some() {
            // Go 1.27 allows them; minigo does not have them yet.
            self.error(
                f.tparams[0].span.lo,
                "methods with type parameters are not supported by minigo yet",
            );
            self.obj_mut(obj).ty = Some(self.universe.invalid);
            return;
        }
        if !f.tparams.is_empty() {
            let tps = self.declare_type_params(func_scope, &f.tparams);
            self.tparams_of.insert(obj, tps);
        } else if let Some(recv) = &f.recv {
            if let Some(tps) = self.declare_recv_type_params(func_scope, recv) {
                self.tparams_of.insert(obj, tps);
            }
        }
        let (sig, recv_var) = self.func_type(func_scope, f.recv.as_ref(), &f.sig, true);
        self.recv_blanks.clear();
        self.obj_mut(obj).ty = Some(sig);
        self.obj_mut(obj).kind = ObjKind::Func { recv: recv_var };
        if let Some(rv) = recv_var {
            self.set_method_sig(obj, rv, sig);
        }
        match &f.body {
            Some(_) => self.bodies.push(obj),
            None if !self.in_std() => {
                self.soft_error(f.name.span.lo, "missing function body");
            }
            None => {}
        }
        self.func_scopes.insert(obj, func_scope);
    }

    /// Records a method's signature on its receiver's base type.
    fn set_method_sig(&mut self, m: ObjId, recv: ObjId, sig: TypeId) {
        let Some(rt) = self.obj(recv).ty else { return };
        let base = match self.types.kind(self.types.unalias(rt)) {
            TypeKind::Pointer(b) => *b,
            _ => rt,
        };
        let mut base = self.types.unalias(base);
        // A method of a generic type: its receiver is an instance with
        // the method's type parameters.
        if let Some(orig) = self.types.named(base).and_then(|n| n.orig) {
            base = orig;
        }
        if let Some(n) = self.types.named_mut(base) {
            if let Some(nm) = n.methods.iter_mut().find(|x| x.obj == m.0) {
                nm.sig = sig;
            }
        }
    }

    /// The signature of a method of a defined type, resolving the method's
    /// declaration first if needed.
    pub(crate) fn method_sig(&mut self, m: ObjId) -> TypeId {
        self.obj_decl(m);
        self.obj(m).ty.unwrap_or(self.universe.invalid)
    }

    /// Checks the bodies of this package's functions (after all
    /// package-level objects are resolved).
    pub(crate) fn check_bodies(&mut self) {
        let mut i = 0;
        while i < self.bodies.len() {
            let obj = self.bodies[i];
            i += 1;
            let Some(info) = self.decls.get(&obj).cloned() else {
                continue;
            };
            let Decl::Func(f) = info.decl else { continue };
            let Some(body) = &f.body else { continue };
            let Some(sig) = self.obj(obj).ty else {
                continue;
            };
            let Some(&scope) = self.func_scopes.get(&obj) else {
                continue;
            };
            let saved = self.ctx.clone();
            self.ctx.file = info.file;
            self.ctx.decl = Some(obj);
            self.ctx.iota = None;
            self.ctx.errpos = None;
            // A generic body is checked here with its type parameters (gc's
            // errors), and again per instance, concretely, for the
            // compiler.
            let errors = self.errors.len();
            self.func_body(scope, sig, body);
            if self.tparams_of.contains_key(&obj) && self.errors.len() > errors {
                self.generic_errors.insert(obj);
            }
            self.ctx = saved;
        }
    }

    // ----- declarations in function bodies ------------------------------------------------

    /// A `const`, `var` or `type` declaration statement (types2's
    /// `declStmt`).
    pub(crate) fn decl_stmt(&mut self, d: &'a ast::Decl) {
        match d {
            ast::Decl::Const(g) => {
                let mut last: Option<&'a ConstSpec> = None;
                for spec in &g.specs {
                    let inherited = spec.values.is_empty() && spec.ty.is_none();
                    let src_spec = if inherited {
                        last.unwrap_or(spec)
                    } else {
                        spec
                    };
                    if !inherited {
                        last = Some(spec);
                    }
                    let mut objs = Vec::new();
                    for (i, name) in spec.names.iter().enumerate() {
                        let obj = self.new_object(
                            &name.name,
                            ObjKind::Const(Value::Unknown),
                            None,
                            Some(self.ctx.file),
                            name.span.lo,
                        );
                        objs.push(obj);
                        let init = src_spec.values.get(i);
                        self.const_decl(obj, src_spec.ty.as_ref(), init, inherited, spec.iota);
                    }
                    self.arity_local_const(spec, src_spec, inherited);
                    // Declared after evaluation: the scope starts after
                    // the spec.
                    for (obj, name) in objs.into_iter().zip(&spec.names) {
                        self.declare_local(name.span.lo, obj);
                    }
                }
            }
            ast::Decl::Var(g) => {
                for spec in &g.specs {
                    self.local_var_spec(spec);
                }
            }
            ast::Decl::Type(g) => {
                for spec in &g.specs {
                    let obj = self.new_object(
                        &spec.name.name,
                        ObjKind::TypeName,
                        None,
                        Some(self.ctx.file),
                        spec.name.span.lo,
                    );
                    // The type's scope starts at its name: it may refer to
                    // itself.
                    self.declare_local(spec.name.span.lo, obj);
                    self.obj_path.push(obj);
                    self.type_decl(obj, spec);
                    self.obj_path.pop();
                }
            }
            ast::Decl::Func(_) | ast::Decl::Import(_) => {}
        }
    }

    fn arity_local_const(&mut self, spec: &'a ConstSpec, src_spec: &'a ConstSpec, inherited: bool) {
        let (l, r) = (spec.names.len(), src_spec.values.len());
        if l < r {
            let n = &src_spec.values[l];
            if inherited {
                let at = self.pos_string(self.ctx.file, n.span.lo);
                self.error(spec.span.lo, format!("extra init expr at {at}"));
            } else {
                self.error(n.span.lo, "extra init expr");
            }
        } else if l > r {
            let n = &spec.names[r];
            self.error(n.span.lo, format!("missing init expr for {}", n.name));
        }
    }

    fn local_var_spec(&mut self, spec: &'a VarSpec) {
        let objs: Vec<ObjId> = spec
            .names
            .iter()
            .map(|name| {
                self.new_object(
                    &name.name,
                    ObjKind::Var {
                        kind: VarKind::Local,
                        used: false,
                    },
                    None,
                    Some(self.ctx.file),
                    name.span.lo,
                )
            })
            .collect();
        let declared = spec.ty.as_ref().map(|t| self.var_type(t));
        if let Some(t) = declared {
            for &o in &objs {
                self.obj_mut(o).ty = Some(t);
            }
        }
        match spec.values.len() {
            0 => {
                if declared.is_none() {
                    for &o in &objs {
                        self.obj_mut(o).ty = Some(self.universe.invalid);
                    }
                }
            }
            1 if objs.len() == 1 => {
                let target = self.obj(objs[0]).ty;
                let mut x = self.expr(target, &spec.values[0]);
                self.init_var(objs[0], &mut x, "variable declaration");
            }
            _ => self.init_vars(&objs, &spec.values, None),
        }
        if spec.ty.is_none() || !spec.values.is_empty() {
            let (l, r) = (spec.names.len(), spec.values.len());
            if l < r {
                self.error(spec.values[l].span.lo, "extra init expr");
            } else if l > r && r != 1 {
                let n = &spec.names[r];
                self.error(n.span.lo, format!("missing init expr for {}", n.name));
            }
        }
        for (obj, name) in objs.into_iter().zip(&spec.names) {
            self.declare_local(name.span.lo, obj);
        }
    }

    /// Declares a local object in the current scope, reporting a
    /// redeclaration as types2 does.
    pub(crate) fn declare_local(&mut self, pos: u32, obj: ObjId) {
        self.record_def(pos, obj);
        if let Some(alt) = self.declare(self.ctx.scope, obj) {
            let name = self.obj(obj).name.clone();
            let other = self.alt_decl(alt);
            self.error(pos, format!("{name} redeclared in this block{other}"));
        }
    }

    /// A fresh `func()` type.
    pub(crate) fn empty_signature(&mut self) -> TypeId {
        self.types.intern(TypeKind::Func(crate::types::Signature {
            params: Vec::new(),
            param_names: Vec::new(),
            results: Vec::new(),
            result_names: Vec::new(),
            variadic: false,
        }))
    }
}
