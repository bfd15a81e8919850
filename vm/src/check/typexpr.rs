//! Type expressions (types2's `typexpr.go`, `struct.go`, `interface.go`,
//! `signature.go`): identifiers and the type they denote, composite type
//! literals, function signatures with their parameter objects, and method
//! receivers.

use super::object::{ObjId, ObjKind, VarKind};
use super::operand::{Mode, Operand};
use super::Checker;
use crate::types::{BasicKind, Field, Method, Signature, TypeId, TypeKind};
use minigo_parser::ast::{self, Expr, ExprKind, FuncType, InterfaceElem, Receiver};

impl<'a> Checker<'a> {
    /// types2's `ident`: the operand an identifier denotes.
    pub(crate) fn ident(&mut self, e: &'a Expr, name: &str, want_type: bool) -> Operand<'a> {
        let mut x = Operand::invalid(Some(e), self.universe.invalid);
        let Some(obj) = self.lookup_parent(self.ctx.scope, name) else {
            if name == "_" {
                self.error(e.span.lo, "cannot use _ as value or type");
            } else {
                self.error(e.span.lo, format!("undefined: {name}"));
            }
            return x;
        };
        self.record_use(e, obj);
        let got_type = matches!(self.obj(obj).kind, ObjKind::TypeName);
        if !got_type && want_type {
            let kind = self.object_kind(obj);
            self.error(e.span.lo, format!("{name} ({kind}) is not a type"));
            self.mark_used(obj);
            return x;
        }
        let same_pkg = self.obj(obj).pkg == Some(self.pkg);
        if self.obj(obj).ty.is_none() || (got_type && want_type && same_pkg) {
            self.obj_decl(obj);
        }
        let ty = self.obj(obj).ty.unwrap_or(self.universe.invalid);
        match self.obj(obj).kind.clone() {
            ObjKind::PkgName { .. } => {
                // Not a use of the import (types2 marks imports used only in
                // selectors).
                self.error(e.span.lo, format!("use of package {name} not in selector"));
                return x;
            }
            ObjKind::Const(val) => {
                self.add_decl_dep(obj);
                if !self.is_valid(ty) {
                    return x;
                }
                if self.obj(obj).pkg.is_none() && name == "iota" {
                    match self.ctx.iota.clone() {
                        Some(v) => x.val = v,
                        None => {
                            self.error(e.span.lo, "cannot use iota outside constant declaration");
                            return x;
                        }
                    }
                } else {
                    x.val = val;
                }
                x.mode = Mode::Constant;
            }
            ObjKind::TypeName => x.mode = Mode::TypeExpr,
            ObjKind::Var { .. } => {
                self.mark_used(obj);
                self.add_decl_dep(obj);
                if !self.is_valid(ty) {
                    return x;
                }
                x.mode = Mode::Variable;
            }
            ObjKind::Func { .. } => {
                self.add_decl_dep(obj);
                x.mode = Mode::Value;
            }
            ObjKind::Builtin(b) => {
                x.builtin = Some(b);
                x.mode = Mode::Builtin;
            }
            ObjKind::Nil => x.mode = Mode::NilValue,
            ObjKind::Label { .. } => return x,
        }
        x.ty = ty;
        x
    }

    /// Marks a variable (or package name) as used.
    pub(crate) fn mark_used(&mut self, obj: ObjId) {
        match &mut self.objs[obj.index()].kind {
            ObjKind::Var { used, .. } | ObjKind::PkgName { used, .. } | ObjKind::Label { used } => {
                *used = true
            }
            _ => {}
        }
    }

    /// Records that the package-level declaration being checked depends on
    /// `obj` (for the initialization order).
    pub(crate) fn add_decl_dep(&mut self, obj: ObjId) {
        let Some(decl) = self.ctx.decl else { return };
        if !self.decls.contains_key(&obj) {
            return; // not a package-level object of this package
        }
        let deps = self.deps.entry(decl).or_default();
        if !deps.contains(&obj) {
            deps.push(obj);
        }
    }

    /// The type `e` denotes, reporting an error (and giving `invalid type`)
    /// if it is not a type.
    pub(crate) fn typ(&mut self, e: &'a Expr) -> TypeId {
        let t = self.typ_internal(e);
        self.record_type_and_value(e, Mode::TypeExpr, t, None);
        t
    }

    /// types2's `varType`: a type for a variable, which must not be a
    /// constraint interface (none can be written yet).
    pub(crate) fn var_type(&mut self, e: &'a Expr) -> TypeId {
        let t = self.typ(e);
        if let TypeKind::Constraint { comparable, .. } = self.types.under_kind(t) {
            let why = if *comparable {
                "interface is (or embeds) comparable"
            } else {
                "interface contains type constraints"
            };
            let ts = self.type_string(t);
            self.error(
                e.span.lo,
                format!("cannot use type {ts} outside a type constraint: {why}"),
            );
            return self.universe.invalid;
        }
        t
    }

    fn typ_internal(&mut self, e: &'a Expr) -> TypeId {
        let invalid = self.universe.invalid;
        match &e.kind {
            ExprKind::Bad => invalid,
            ExprKind::Name(n) => {
                let x = self.ident(e, n, true);
                let t = self.type_of_operand(&x);
                self.not_generic(e, t)
            }
            ExprKind::Selector { .. } => {
                let x = self.selector(e, true);
                let t = self.type_of_operand(&x);
                self.not_generic(e, t)
            }
            ExprKind::Index { x, index } => self.instantiated_type(e, x, index),
            ExprKind::Paren(x) => self.typ_internal(x),
            ExprKind::ArrayType { len, elem } => match len {
                Some(len) => {
                    let n = self.array_length(len);
                    let elem = self.var_type(elem);
                    if n < 0 {
                        return invalid;
                    }
                    self.types.intern(TypeKind::Array {
                        len: n as u64,
                        elem,
                    })
                }
                None => {
                    self.error(
                        e.span.lo,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.var_type(elem);
                    invalid
                }
            },
            ExprKind::SliceType { elem } => {
                let elem = self.var_type(elem);
                self.types.slice(elem)
            }
            ExprKind::DotsType { elem } => {
                self.error(e.span.lo, "invalid use of ...");
                self.var_type(elem);
                invalid
            }
            ExprKind::StructType { fields } => self.struct_type(fields),
            ExprKind::Unary {
                op: ast::UnaryOp::Deref,
                x,
            } => {
                let elem = self.var_type(x);
                self.types.pointer(elem)
            }
            ExprKind::FuncType(f) => {
                let scope = self.new_scope(Some(self.ctx.scope), super::ScopeKind::Func);
                self.func_type(scope, None, f, false).0
            }
            ExprKind::InterfaceType { elems } => self.interface_type(elems),
            ExprKind::MapType { key, value } => {
                let k = self.var_type(key);
                let v = self.var_type(value);
                if self.is_valid(k)
                    && !self.types.comparable(k)
                    && self
                        .types
                        .named(self.types.unalias(k))
                        .is_none_or(|n| n.underlying.is_some())
                {
                    let ks = self.type_string(k);
                    self.error(
                        super::operand::start_pos(key),
                        format!(
                            "invalid map key type {ks}{}",
                            if self.types.type_param(self.types.unalias(k)).is_some() {
                                " (missing comparable constraint)"
                            } else {
                                ""
                            }
                        ),
                    );
                } else if self.is_valid(k)
                    && self
                        .types
                        .named(self.types.unalias(k))
                        .is_some_and(|n| n.underlying.is_none())
                {
                    // The key's declaration is still being resolved: check
                    // once it is known.
                    self.pending_map_keys
                        .push((self.ctx.file, super::operand::start_pos(key), k));
                }
                self.types.intern(TypeKind::Map { key: k, value: v })
            }
            ExprKind::ChanType { dir, elem } => {
                let elem = self.var_type(elem);
                self.types.intern(TypeKind::Chan { dir: *dir, elem })
            }
            _ => {
                let x = self.expr_or_type(e);
                if x.mode == Mode::TypeExpr {
                    return x.ty;
                }
                if x.mode != Mode::Invalid {
                    let s = self.operand_string(&x);
                    self.error(e.span.lo, format!("{s} is not a type"));
                }
                invalid
            }
        }
    }

    /// A generic type must be instantiated where it is used.
    fn not_generic(&mut self, e: &Expr, t: TypeId) -> TypeId {
        if self.is_generic_type(t) {
            let s = self.generic_type_string(t);
            self.error(
                e.span.lo,
                format!("cannot use generic type {s} without instantiation"),
            );
            return self.universe.invalid;
        }
        t
    }

    fn type_of_operand(&mut self, x: &Operand<'a>) -> TypeId {
        match x.mode {
            Mode::TypeExpr => x.ty,
            Mode::Invalid => self.universe.invalid,
            Mode::NoValue => {
                let s = self.operand_string(x);
                self.error(x.pos(), format!("{s} used as type"));
                self.universe.invalid
            }
            _ => {
                let s = self.operand_string(x);
                self.error(x.pos(), format!("{s} is not a type"));
                self.universe.invalid
            }
        }
    }

    /// types2's `arrayLength`; -1 after an error.
    fn array_length(&mut self, e: &'a Expr) -> i64 {
        if let ExprKind::Name(name) = &e.kind {
            match self.lookup_parent(self.ctx.scope, name) {
                None => {
                    self.error(
                        e.span.lo,
                        format!("undefined array length {name} or missing type constraint"),
                    );
                    return -1;
                }
                Some(obj) if !matches!(self.obj(obj).kind, ObjKind::Const(_)) => {
                    self.error(e.span.lo, format!("invalid array length {name}"));
                    return -1;
                }
                _ => {}
            }
        }
        let x = self.expr(None, e);
        if x.mode != Mode::Constant {
            if x.mode != Mode::Invalid {
                let s = self.operand_string(&x);
                self.error(x.pos(), format!("array length {s} must be constant"));
            }
            return -1;
        }
        let is_int = self.is_integer(x.ty);
        if self.is_untyped(x.ty) || is_int {
            let v = x.val.to_int();
            if v.kind() == crate::constant::Kind::Int
                && crate::constant::representable(&v, BasicKind::Int).is_some()
            {
                let (n, exact) = v.int64_val();
                if exact && n >= 0 {
                    return n;
                }
            }
        }
        let s = self.operand_string(&x);
        if is_int {
            self.error(x.pos(), format!("invalid array length {s}"));
        } else {
            self.error(x.pos(), format!("array length {s} must be integer"));
        }
        -1
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        // The field objects, parallel to `out` (a duplicate field is not
        // added to either).
        let mut objs: Vec<ObjId> = Vec::new();
        let mut seen: Vec<(Box<str>, u32)> = Vec::new();
        for f in fields {
            let ty = self.var_type(&f.ty);
            let tag = f
                .tag
                .as_ref()
                .and_then(|t| crate::constant::unquote(&t.raw))
                .map(|s| s.into_boxed_str());
            if f.names.is_empty() {
                // An embedded field: T, *T, pkg.T, *pkg.T.
                let Some((name, pos)) = embedded_field_name(&f.ty) else {
                    self.error(f.ty.span.lo, "invalid embedded field type");
                    continue;
                };
                self.check_embedded(&f.ty, ty);
                let obj = self.new_object(
                    name,
                    ObjKind::Var {
                        kind: VarKind::Field { embedded: true },
                        used: false,
                    },
                    Some(ty),
                    Some(self.ctx.file),
                    pos,
                );
                self.record_def(pos, obj);
                if self.add_field(&mut out, &mut seen, name.into(), ty, true, tag, pos) {
                    objs.push(obj);
                }
                continue;
            }
            for n in &f.names {
                let obj = self.new_object(
                    &n.name,
                    ObjKind::Var {
                        kind: VarKind::Field { embedded: false },
                        used: false,
                    },
                    Some(ty),
                    Some(self.ctx.file),
                    n.span.lo,
                );
                self.record_def(n.span.lo, obj);
                if self.add_field(
                    &mut out,
                    &mut seen,
                    n.name.clone(),
                    ty,
                    false,
                    tag.clone(),
                    n.span.lo,
                ) {
                    objs.push(obj);
                }
            }
        }
        let t = self.types.intern(TypeKind::Struct(out));
        self.struct_fields.entry(t).or_insert(objs);
        t
    }

    #[allow(clippy::too_many_arguments)]
    fn add_field(
        &mut self,
        out: &mut Vec<Field>,
        seen: &mut Vec<(Box<str>, u32)>,
        name: Box<str>,
        ty: TypeId,
        embedded: bool,
        tag: Option<Box<str>>,
        pos: u32,
    ) -> bool {
        if &*name != "_" {
            if let Some((_, alt)) = seen.iter().find(|(n, _)| *n == name) {
                let at = self.pos_string(self.ctx.file, *alt);
                self.error(
                    pos,
                    format!("{name} redeclared\n\t{at}: other declaration of {name}"),
                );
                return false;
            }
            seen.push((name.clone(), pos));
        }
        let pkg = if super::lookup::is_exported(&name) {
            Field::EXPORTED
        } else {
            self.pkg as u32
        };
        out.push(Field {
            name,
            ty,
            embedded,
            tag,
            pkg,
        });
        true
    }

    /// The restrictions on an embedded field's type (types2's
    /// `embeddedFieldType` checks, run once the type is known).
    fn check_embedded(&mut self, e: &'a Expr, t: TypeId) {
        if !self.is_valid(t) {
            return;
        }
        let (base, is_ptr) = match self.types.kind(self.types.unalias(t)) {
            TypeKind::Pointer(b) => (*b, true),
            _ => (t, false),
        };
        match self.types.under_kind(base) {
            TypeKind::TypeParam(_) => {
                self.error(
                    e.span.lo,
                    "embedded field type cannot be a (pointer to a) type parameter",
                );
            }
            TypeKind::Pointer(_) => {
                self.error(e.span.lo, "embedded field type cannot be a pointer");
            }
            TypeKind::Interface(_) if is_ptr => {
                self.error(
                    e.span.lo,
                    "embedded field type cannot be a pointer to an interface",
                );
            }
            _ => {}
        }
    }

    fn interface_type(&mut self, elems: &'a [InterfaceElem]) -> TypeId {
        let mut methods: Vec<Method> = Vec::new();
        let mut terms = None;
        let mut comparable = false;
        let mut seen: Vec<(Box<str>, u32)> = Vec::new();
        for el in elems {
            match el {
                InterfaceElem::Method { name, sig } => {
                    let scope = self.new_scope(Some(self.ctx.scope), super::ScopeKind::Func);
                    let (sig_ty, _) = self.func_type(scope, None, sig, false);
                    if &*name.name == "_" {
                        self.error(name.span.lo, "methods must have a unique non-blank name");
                        continue;
                    }
                    if seen.iter().any(|(n, _)| *n == name.name) {
                        self.error(name.span.lo, format!("duplicate method {}", name.name));
                        continue;
                    }
                    seen.push((name.name.clone(), name.span.lo));
                    let obj = self.new_object(
                        &name.name,
                        ObjKind::Func { recv: None },
                        Some(sig_ty),
                        Some(self.ctx.file),
                        name.span.lo,
                    );
                    self.record_def(name.span.lo, obj);
                    methods.push(Method {
                        name: name.name.clone(),
                        sig: sig_ty,
                    });
                }
                InterfaceElem::Embed(e) => {
                    self.embed_elem(e, &mut methods, &mut terms, &mut comparable);
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        if terms.is_none() && !comparable {
            return self.types.intern(TypeKind::Interface(methods));
        }
        self.types.intern(TypeKind::Constraint {
            methods,
            terms,
            comparable,
            implicit: false,
        })
    }

    /// A function's signature (types2's `funcType`): declares the receiver,
    /// parameters and results in `scope` and returns the signature type and
    /// the receiver variable. `is_decl` is set for a function declaration,
    /// whose parameter objects the body will use.
    pub(crate) fn func_type(
        &mut self,
        scope: super::ScopeId,
        recv: Option<&'a Receiver>,
        ft: &'a FuncType,
        _is_decl: bool,
    ) -> (TypeId, Option<ObjId>) {
        let saved = self.ctx.scope;
        self.ctx.scope = scope;
        let mut recv_var = None;
        if let Some(r) = recv {
            let (vars, _, _) = self.collect_params(&r.params, VarKind::Recv, false);
            // A missing or extra receiver was reported with the receiver
            // list; use the first one, if any.
            if let Some(&(v, _)) = vars.first() {
                recv_var = Some(v);
                if let Some(field) = r.params.first() {
                    self.valid_recv(&field.ty, v);
                }
            }
        }
        let (params, _, variadic) = self.collect_params(&ft.params, VarKind::Param, true);
        let (results, named_results, _) = self.collect_params(&ft.results, VarKind::Result, false);
        // Parameters and results are declared together, after all their
        // types are known (a parameter's type cannot refer to another).
        let mut param_types = Vec::new();
        let mut param_names = Vec::new();
        for &(v, pos) in params.iter().chain(results.iter()) {
            if !self.obj(v).name.is_empty() {
                self.declare_local(pos, v);
            }
        }
        if let Some(v) = recv_var {
            let pos = self.obj(v).pos;
            if !self.obj(v).name.is_empty() {
                self.declare_local(pos, v);
            }
        }
        for &(v, _) in &params {
            param_types.push(self.obj(v).ty.unwrap_or(self.universe.invalid));
            param_names.push(self.obj(v).name.clone());
        }
        let mut result_types = Vec::new();
        let mut result_names = Vec::new();
        for &(v, _) in &results {
            result_types.push(self.obj(v).ty.unwrap_or(self.universe.invalid));
            result_names.push(if named_results {
                self.obj(v).name.clone()
            } else {
                "".into()
            });
        }
        self.ctx.scope = saved;
        let sig = self.types.intern(TypeKind::Func(Signature {
            params: param_types,
            param_names,
            results: result_types,
            result_names,
            variadic,
        }));
        self.signature_vars.insert(
            sig_key(scope),
            (
                params.iter().map(|p| p.0).collect(),
                results.iter().map(|r| r.0).collect(),
            ),
        );
        (sig, recv_var)
    }

    /// Parameter or result objects of a list, with their name positions;
    /// whether they are named, and whether the list ends in `...T`.
    fn collect_params(
        &mut self,
        fields: &'a [ast::Field],
        kind: VarKind,
        variadic_ok: bool,
    ) -> (Vec<(ObjId, u32)>, bool, bool) {
        let mut out = Vec::new();
        let mut named = false;
        let mut variadic = false;
        for (i, f) in fields.iter().enumerate() {
            let mut ty_expr = &f.ty;
            let mut is_dots = false;
            if let ExprKind::DotsType { elem } = &f.ty.kind {
                ty_expr = elem;
                is_dots = true;
                if variadic_ok && i == fields.len() - 1 && f.names.len() <= 1 {
                    variadic = true;
                } else {
                    self.soft_error(
                        f.ty.span.lo,
                        "can only use ... with final parameter in list",
                    );
                }
            }
            let mut t = self.var_type(ty_expr);
            if is_dots {
                t = self.types.slice(t);
                self.record_type_and_value(&f.ty, Mode::TypeExpr, t, None);
            }
            if f.names.is_empty() {
                let obj = self.new_object(
                    "",
                    ObjKind::Var { kind, used: true },
                    Some(t),
                    Some(self.ctx.file),
                    f.ty.span.lo,
                );
                out.push((obj, f.ty.span.lo));
            } else {
                named = true;
                for n in &f.names {
                    let obj = self.new_object(
                        &n.name,
                        ObjKind::Var { kind, used: true },
                        Some(t),
                        Some(self.ctx.file),
                        n.span.lo,
                    );
                    out.push((obj, n.span.lo));
                }
            }
        }
        (out, named, variadic)
    }

    /// types2's `validRecv`.
    fn valid_recv(&mut self, e: &'a Expr, recv: ObjId) {
        let Some(rt) = self.obj(recv).ty else { return };
        let base = match self.types.kind(self.types.unalias(rt)) {
            TypeKind::Pointer(b) => *b,
            _ => rt,
        };
        let atyp = self.types.unalias(base);
        if !self.is_valid(atyp) {
            return;
        }
        let mut pos_expr = e;
        loop {
            match &pos_expr.kind {
                ExprKind::Paren(x) => pos_expr = x,
                ExprKind::Unary {
                    op: ast::UnaryOp::Deref,
                    x,
                } => pos_expr = x,
                _ => break,
            }
        }
        let pos = pos_expr.span.lo;
        let bs = self.type_string(base);
        match self.types.kind(atyp) {
            TypeKind::Named(_) => {
                let local = self.types.named(atyp).is_some_and(|n| {
                    n.pkg.is_empty() != self.in_std()
                        && (n.pkg.is_empty() || *n.pkg == *self.src.packages[self.pkg].path)
                });
                let is_universe = self.universe.error == atyp;
                if !local || is_universe {
                    self.error(
                        pos,
                        format!("cannot define new methods on non-local type {bs}"),
                    );
                    return;
                }
                match self.types.under_kind(atyp) {
                    TypeKind::Pointer(_) | TypeKind::Interface(_) => {
                        self.error(
                            pos,
                            format!("invalid receiver type {bs} (pointer or interface type)"),
                        );
                    }
                    _ => {}
                }
            }
            TypeKind::Basic(_) => {
                self.error(
                    pos,
                    format!("cannot define new methods on non-local type {bs}"),
                );
            }
            _ => {
                let rs = self.type_string(rt);
                self.error(pos, format!("invalid receiver type {rs}"));
            }
        }
    }

    /// Whether a constant may have this type.
    pub(crate) fn is_const_type(&self, t: TypeId) -> bool {
        matches!(self.types.basic(t), Some(b) if b != BasicKind::UntypedNil && b != BasicKind::UnsafePointer)
    }

    /// Map keys whose type was still being declared when the map type was
    /// written are checked here, once every type is known.
    pub(crate) fn check_pending_map_keys(&mut self) {
        let pending = std::mem::take(&mut self.pending_map_keys);
        for (file, pos, k) in pending {
            if self.is_valid(self.types.underlying(k)) && !self.types.comparable(k) {
                let ks = self.type_string(k);
                self.error_in(file, pos, format!("invalid map key type {ks}"), false);
            }
        }
    }
}

/// The key under which a function scope's parameter objects are kept.
pub(crate) fn sig_key(scope: super::ScopeId) -> u32 {
    scope.0
}

/// The field name an embedded field's type gives it, and its position.
fn embedded_field_name(e: &Expr) -> Option<(&str, u32)> {
    match &e.kind {
        ExprKind::Name(n) => Some((n, e.span.lo)),
        ExprKind::Unary {
            op: ast::UnaryOp::Deref,
            x,
        } => embedded_field_name(x),
        ExprKind::Selector { sel, .. } => Some((&sel.name, sel.span.lo)),
        ExprKind::Paren(x) => embedded_field_name(x),
        ExprKind::Index { x, .. } => embedded_field_name(x),
        _ => None,
    }
}
