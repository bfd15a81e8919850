//! Function literals and composite literals (types2's `literals.go`).

use super::operand::{Mode, Operand};
use super::{Checker, ScopeKind};
use crate::constant::{Kind, Value};
use crate::types::{Field, TypeId, TypeKind};
use crate::{HashMap, HashSet};
use minigo_parser::ast::{Expr, ExprKind, FuncLit};
use minigo_parser::printer::expr_string;

/// A constant map key as types2's `keyVal` normalizes it, so that `1` and
/// `1.0` (both converted to the key type already) are the same key.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum KeyVal {
    Int(i64),
    Uint(u64),
    Float(u64),
    Complex(u64, u64),
    Str(Vec<u8>),
    Bool(bool),
    Other(String),
}

fn key_val(v: &Value) -> KeyVal {
    let mut x = v.clone();
    if x.kind() == Kind::Complex {
        let f = x.to_float();
        if f.kind() != Kind::Float {
            let (r, _) = x.real().float64_val();
            let (i, _) = x.imag().float64_val();
            return KeyVal::Complex(norm_bits(r), norm_bits(i));
        }
        x = f;
    }
    if x.kind() == Kind::Float {
        let i = x.to_int();
        if i.kind() != Kind::Int {
            let (f, _) = x.float64_val();
            return KeyVal::Float(norm_bits(f));
        }
        x = i;
    }
    match x.kind() {
        Kind::Int => {
            if let (v, true) = x.int64_val() {
                return KeyVal::Int(v);
            }
            if let (v, true) = x.uint64_val() {
                return KeyVal::Uint(v);
            }
            KeyVal::Other(x.exact_string())
        }
        Kind::String => KeyVal::Str(x.string_val().to_vec()),
        Kind::Bool => KeyVal::Bool(x.bool_val()),
        _ => KeyVal::Other(x.exact_string()),
    }
}

/// Float bits with -0 folded into +0 (Go's `==` on map keys).
fn norm_bits(f: f64) -> u64 {
    if f == 0.0 {
        0
    } else {
        f.to_bits()
    }
}

impl<'a> Checker<'a> {
    /// types2's `funcLit`. minigo checks the body right away rather than
    /// at the end of the enclosing declaration: the body sees exactly the
    /// names declared before the literal either way, and func_body saves
    /// and restores the context it changes.
    pub(crate) fn func_lit(&mut self, e: &'a Expr, f: &'a FuncLit) -> Operand<'a> {
        let scope = self.new_scope(Some(self.ctx.scope), ScopeKind::Func);
        // The body uses the parameter objects, as a declaration's does.
        let (sig, _) = self.func_type(scope, None, &f.sig, true);
        self.func_body(scope, sig, &f.body);
        Operand {
            mode: Mode::Value,
            expr: Some(e),
            ty: sig,
            val: Value::Unknown,
            builtin: None,
            desc: None,
        }
    }

    /// types2's `compositeLit`. `hint` is the element type of an enclosing
    /// literal, for elements written without their type (`[]T{{...}}`;
    /// with `[]*T` the element `{...}` stands for `&T{...}`).
    pub(crate) fn composite_lit(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let invalid = self.universe.invalid;
        let ExprKind::CompositeLit { ty, elems, rbrace } = &e.kind else {
            return Operand::invalid(Some(e), invalid);
        };
        // `[...]T{...}`: the length is the literal's, known only after
        // the elements.
        let mut ddd_elem = None;
        let mut is_elem = false;
        let (typ, base) = match (ty.as_deref(), hint) {
            (Some(t), _) => match &t.kind {
                ExprKind::ArrayType { len: None, elem } => {
                    let elem = self.var_type(elem);
                    ddd_elem = Some(elem);
                    (invalid, invalid)
                }
                _ => {
                    let t = self.typ(t);
                    (t, t)
                }
            },
            (None, Some(h)) => {
                is_elem = true;
                let base = match *self.types.under_kind(h) {
                    TypeKind::Pointer(b) => b,
                    _ => h,
                };
                (h, base)
            }
            (None, None) => {
                self.error(e.span.lo, "missing type in composite literal");
                (invalid, invalid)
            }
        };

        if let Some(elem) = ddd_elem {
            let n = self.indexed_elts(elems, elem, -1);
            let t = self.types.intern(TypeKind::Array {
                len: u64::try_from(n).unwrap_or(0),
                elem,
            });
            if let Some(te) = ty.as_deref() {
                self.record_type_and_value(te, Mode::TypeExpr, t, None);
            }
            return self.value_operand(e, t);
        }

        match self.core_kind(base).clone() {
            TypeKind::Struct(fields) => {
                self.struct_lit(elems, &fields, base, rbrace.lo);
            }
            TypeKind::Array { len, elem } => {
                let len = i64::try_from(len).unwrap_or(i64::MAX);
                self.indexed_elts(elems, elem, len);
            }
            TypeKind::Slice(elem) => {
                self.indexed_elts(elems, elem, -1);
            }
            TypeKind::Map { key, value } => self.map_lit(elems, key, value),
            _ => {
                for el in elems {
                    let v = match &el.kind {
                        ExprKind::KeyValue { value, .. } => value.as_ref(),
                        _ => el,
                    };
                    self.use_exprs(std::slice::from_ref(v));
                }
                if self.is_valid(self.types.underlying(base)) {
                    let qualifier = if is_elem { " element" } else { "" };
                    let ts = self.type_string(typ);
                    let why = if self.types.type_param(self.types.unalias(typ)).is_some() {
                        " (no common underlying type)"
                    } else {
                        ""
                    };
                    self.error(
                        e.span.lo,
                        format!("invalid composite literal{qualifier} type {ts}{why}"),
                    );
                }
                return Operand::invalid(Some(e), invalid);
            }
        }
        self.value_operand(e, typ)
    }

    fn value_operand(&self, e: &'a Expr, t: TypeId) -> Operand<'a> {
        Operand {
            mode: Mode::Value,
            expr: Some(e),
            ty: t,
            val: Value::Unknown,
            builtin: None,
            desc: None,
        }
    }

    /// Whether a struct field can be named outside its package: exported,
    /// or `base` (the literal's type) belongs to the package being checked.
    fn field_accessible(&self, f: &Field, base: TypeId) -> bool {
        if f.name.chars().next().is_some_and(char::is_uppercase) {
            return true;
        }
        self.is_local_type(base)
    }

    /// Whether a type was declared in the package being checked (type
    /// literals count as local: their fields are the package's).
    fn is_local_type(&self, t: TypeId) -> bool {
        match self.types.named(self.types.unalias(t)) {
            Some(n) => *n.pkg == *self.pkg_path(),
            None => true,
        }
    }

    /// The struct case of `compositeLit`: keyed or positional elements.
    fn struct_lit(&mut self, elems: &'a [Expr], fields: &[Field], base: TypeId, rbrace: u32) {
        let Some(first) = elems.first() else { return };
        let bs = self.type_string(base);
        if matches!(first.kind, ExprKind::KeyValue { .. }) {
            let mut visited: HashSet<usize> = HashSet::default();
            for el in elems {
                let ExprKind::KeyValue { key, value } = &el.kind else {
                    self.error(
                        el.span.lo,
                        "mixture of field:value and value elements in struct literal",
                    );
                    continue;
                };
                let mut x = self.expr(None, value);
                let ExprKind::Name(name) = &key.kind else {
                    // gc's parser drops the parentheses of `(X): v`, so
                    // the error is at X (the message still spells them).
                    self.error(
                        super::assign::unparen(key).span.lo,
                        format!("invalid field name {} in struct literal", expr_string(key)),
                    );
                    continue;
                };
                let found = fields
                    .iter()
                    .position(|f| *f.name == **name && self.field_accessible(f, base));
                let Some(i) = found else {
                    let msg = self.struct_lit_lookup_error(fields, base, name, &bs);
                    self.error(key.span.lo, msg);
                    continue;
                };
                let fty = fields[i].ty;
                self.assignment(&mut x, Some(fty), "struct literal");
                if !visited.insert(i) {
                    self.error(
                        el.span.lo,
                        format!("duplicate field name {name} in struct literal"),
                    );
                }
            }
        } else {
            for (i, el) in elems.iter().enumerate() {
                if matches!(el.kind, ExprKind::KeyValue { .. }) {
                    self.error(
                        el.span.lo,
                        "mixture of field:value and value elements in struct literal",
                    );
                    continue;
                }
                let mut x = self.expr(None, el);
                let Some(f) = fields.get(i) else {
                    self.error(
                        x.pos(),
                        format!("too many values in struct literal of type {bs}"),
                    );
                    break;
                };
                if !self.field_accessible(f, base) {
                    self.error(
                        x.pos(),
                        format!(
                            "implicit assignment to unexported field {} in struct literal of type {bs}",
                            f.name
                        ),
                    );
                    continue;
                }
                self.assignment(&mut x, Some(f.ty), "struct literal");
            }
            if elems.len() < fields.len() {
                let hint = if fields.iter().any(|f| !self.field_accessible(f, base)) {
                    " (type has unexported fields - use key:value pairs)"
                } else {
                    ""
                };
                self.error(
                    rbrace,
                    format!("too few values in struct literal of type {bs}{hint}"),
                );
            }
        }
    }

    /// types2's `lookupError` for a struct literal key that names no
    /// accessible field: a field spelt differently (ignoring case) is
    /// suggested.
    fn struct_lit_lookup_error(
        &self,
        fields: &[Field],
        base: TypeId,
        sel: &str,
        bs: &str,
    ) -> String {
        let alt = fields.iter().find(|f| {
            f.name.to_lowercase() == sel.to_lowercase()
                && (self.field_accessible(f, base) || *f.name == *sel)
        });
        let exported = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        // types2's `tail`: the name without its first character.
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        enum E {
            Missing,
            Misspelled,
            Unexported,
            Inaccessible,
        }
        let mut kind = E::Missing;
        let mut alt_name = String::new();
        if let Some(f) = alt {
            alt_name = f.name.to_string();
            if self.is_local_type(base) {
                kind = E::Misspelled;
            } else if exported(sel) {
                if exported(&alt_name) {
                    kind = E::Misspelled;
                } else if tail(sel) == tail(&alt_name) {
                    kind = E::Unexported;
                }
            } else if exported(&alt_name) {
                if tail(sel) == tail(&alt_name) {
                    kind = E::Misspelled;
                }
            } else if sel == alt_name {
                kind = E::Inaccessible;
            }
        }
        match kind {
            E::Missing => format!("unknown field {sel} in struct literal of type {bs}"),
            E::Misspelled => {
                format!("unknown field {sel} in struct literal of type {bs}, but does have {alt_name}")
            }
            E::Unexported => format!(
                "unknown field {sel} in struct literal of type {bs}, but does have unexported {alt_name}"
            ),
            E::Inaccessible => {
                format!("cannot refer to unexported field {alt_name} in struct literal of type {bs}")
            }
        }
    }

    /// The map case of `compositeLit`: every element is `key: value`;
    /// constant keys must be distinct (per dynamic type, for interface
    /// keys).
    fn map_lit(&mut self, elems: &'a [Expr], key_ty: TypeId, elem_ty: TypeId) {
        let key_is_interface = self.is_interface(key_ty);
        let mut visited: HashMap<KeyVal, Vec<TypeId>> = HashMap::default();
        for el in elems {
            let ExprKind::KeyValue { key, value } = &el.kind else {
                self.error(el.span.lo, "missing key in map literal");
                continue;
            };
            let mut x = self.expr_with_hint(key, Some(key_ty));
            self.assignment(&mut x, Some(key_ty), "map literal");
            if x.is_invalid() {
                continue;
            }
            if x.mode == Mode::Constant && !x.val.is_unknown() {
                let k = key_val(&x.val);
                let seen = visited.entry(k).or_default();
                let duplicate = if key_is_interface {
                    let dup = seen.iter().any(|&t| self.types.identical(t, x.ty));
                    seen.push(x.ty);
                    dup
                } else {
                    let dup = !seen.is_empty();
                    seen.push(x.ty);
                    dup
                };
                if duplicate {
                    self.error(x.pos(), format!("duplicate key {} in map literal", x.val));
                    continue;
                }
            }
            let mut v = self.expr_with_hint(value, Some(elem_ty));
            self.assignment(&mut v, Some(elem_ty), "map literal");
        }
    }

    /// types2's `indexedElts`: the elements of an array (`length` >= 0) or
    /// slice literal, with optional constant indices; the literal's length
    /// (one past the largest index).
    fn indexed_elts(&mut self, elems: &'a [Expr], elem_ty: TypeId, length: i64) -> i64 {
        // Only the indices written are kept, so `[1 << 40]int{}` costs
        // nothing.
        let mut visited: HashSet<i64> = HashSet::default();
        let mut index: i64 = 0;
        let mut max: i64 = 0;
        for el in elems {
            let mut valid_index = false;
            let mut eval = el;
            if let ExprKind::KeyValue { key, value } = &el.kind {
                let (t, i) = self.index(key, length);
                if self.is_valid(t) {
                    if i >= 0 {
                        index = i;
                        valid_index = true;
                    } else {
                        self.error(
                            el.span.lo,
                            format!("index {} must be integer constant", expr_string(key)),
                        );
                    }
                }
                eval = value;
            } else if length >= 0 && index >= length {
                self.error(
                    el.span.lo,
                    format!("index {index} is out of bounds (>= {length})"),
                );
            } else {
                valid_index = true;
            }
            if valid_index && !visited.insert(index) {
                self.error(
                    el.span.lo,
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            index = index.saturating_add(1);
            max = max.max(index);
            let mut x = self.expr_with_hint(eval, Some(elem_ty));
            self.assignment(&mut x, Some(elem_ty), "array or slice literal");
        }
        max
    }
}
