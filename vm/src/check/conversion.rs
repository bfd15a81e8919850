//! Conversions `T(x)` (types2's `conversions.go`): constant conversions with
//! representability, and the convertibility rules between types.

use super::operand::{Mode, Operand};
use super::Checker;
use crate::constant;
use crate::types::{BasicKind, TypeId, TypeKind};

impl<'a> Checker<'a> {
    /// types2's `conversion`: x converted to type `t` (x is the result on
    /// return, invalid after an error).
    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let const_arg = x.mode == Mode::Constant;
        let mut ok = false;
        let mut cause = String::new();
        if const_arg && self.type_set_terms(t).is_some() {
            // A constant to a type parameter: representable in every type
            // of its set; the result is no constant.
            let terms = self.type_set_terms(t).unwrap_or_default();
            let ts = self.type_string(t);
            ok = !terms.is_empty();
            if !ok {
                cause = format!("{ts} does not contain specific types");
            }
            for term in terms {
                let u = self.types.underlying(term.ty);
                if self.is_string(x.ty) && self.is_bytes_or_runes(u) {
                    continue;
                }
                if !self.is_const_type(u) || self.const_convertible_to(x, u).is_none() {
                    let us = self.type_string(u);
                    cause = if self.is_integer(x.ty) && self.is_integer(u) {
                        format!("constant {} overflows {us} (in {ts})", x.val)
                    } else {
                        let xs = self.operand_string(x);
                        format!("cannot convert {xs} to type {us} (in {ts})")
                    };
                    ok = false;
                    break;
                }
            }
            // Type parameters are not constants (and messages say so).
            x.mode = Mode::Value;
            x.val = crate::constant::Value::Unknown;
        } else if const_arg && self.is_const_type(t) {
            match self.const_convertible_to(x, t) {
                Some(v) => {
                    x.val = v;
                    ok = true;
                }
                None if self.is_integer(x.ty) && self.is_integer(t) => {
                    let ts = self.type_string(t);
                    self.error(x.pos(), format!("constant {} overflows {ts}", x.val));
                    x.mode = Mode::Invalid;
                    return;
                }
                None => {}
            }
        } else if self.convertible_to(x, t, &mut cause) {
            ok = true;
            x.mode = Mode::Value;
        }

        if !ok {
            let xs = self.operand_string(x);
            let ts = self.type_string(t);
            if cause.is_empty() {
                self.error(x.pos(), format!("cannot convert {xs} to type {ts}"));
            } else {
                self.error(
                    x.pos(),
                    format!("cannot convert {xs} to type {ts}: {cause}"),
                );
            }
            x.mode = Mode::Invalid;
            return;
        }

        // The final type of an untyped operand: the conversion's, except
        // where the value keeps its own (an interface or a non-constant
        // type gets the default type; `string(65)` leaves 65 untyped). A
        // converted nil takes the target type.
        if self.is_untyped(x.ty) {
            let mut final_ = t;
            if x.is_nil() {
                // keep t
            } else if self.is_interface(t) || (const_arg && !self.is_const_type(t)) {
                final_ = self.default_type(x.ty);
            } else if x.mode == Mode::Constant && self.is_integer(x.ty) && self.is_string(t) {
                final_ = x.ty;
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, final_, true);
            }
        }
        x.ty = t;
    }

    /// types2's `constConvertibleTo`: the value of constant x converted to
    /// the basic type `t`, if it is representable, or an integer converted
    /// to a string (`string(65)` is "A", an invalid code point "\uFFFD").
    fn const_convertible_to(&self, x: &Operand<'a>, t: TypeId) -> Option<crate::constant::Value> {
        let b = self.types.basic(t)?;
        if let Some(v) = constant::representable(&x.val, b) {
            return Some(v);
        }
        if self.is_integer(x.ty) && b.is_string() {
            return Some(constant::int_to_string_conversion(&x.val));
        }
        None
    }

    /// types2's `convertibleTo` (Go spec, "Conversions"), without type
    /// parameters and unsafe.Pointer, which minigo does not have.
    pub(crate) fn convertible_to(
        &mut self,
        x: &Operand<'a>,
        t: TypeId,
        cause: &mut String,
    ) -> bool {
        if self.assignable_to(x, t, Some(cause)) {
            return true;
        }
        // The cause of the assignability failure stays: types2 reports it
        // if no conversion rule below applies either.
        let v = self.types.unalias(x.ty);
        let t = self.types.unalias(t);
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);

        // Identical underlying types, ignoring struct tags.
        if self.identical_ignore_tags(vu, tu, 0) {
            return true;
        }
        // Unnamed pointer types with identical base underlying types.
        if let (TypeKind::Pointer(vb), TypeKind::Pointer(tb)) =
            (self.types.kind(v).clone(), self.types.kind(t).clone())
        {
            let (vbu, tbu) = (self.types.underlying(vb), self.types.underlying(tb));
            if self.identical_ignore_tags(vbu, tbu, 0) {
                return true;
            }
        }
        let int_or_float = |c: &Self, t: TypeId| c.is_integer(t) || c.is_float(t);
        if int_or_float(self, vu) && int_or_float(self, tu) {
            return true;
        }
        if self.is_complex(vu) && self.is_complex(tu) {
            return true;
        }
        if (self.is_integer(vu) || self.is_bytes_or_runes(vu)) && self.is_string(tu) {
            return true;
        }
        if self.is_string(vu) && self.is_bytes_or_runes(tu) {
            return true;
        }
        // Slices to arrays and to pointers to arrays of the same element
        // type (Go 1.20 and 1.17).
        if let TypeKind::Slice(se) = *self.types.kind(vu) {
            let target_elem = match *self.types.kind(tu) {
                TypeKind::Array { elem, .. } => Some(elem),
                TypeKind::Pointer(p) => match *self.types.under_kind(p) {
                    TypeKind::Array { elem, .. } => Some(elem),
                    _ => None,
                },
                _ => None,
            };
            if target_elem.is_some_and(|elem| self.identical(se, elem)) {
                return true;
            }
        }
        self.type_param_convertible(x, v, t, cause)
    }

    /// Conversions from or to type parameters: every type of the type
    /// set(s) must convert (types2's `convertibleTo`, last cases).
    fn type_param_convertible(
        &mut self,
        x: &Operand<'a>,
        v: TypeId,
        t: TypeId,
        cause: &mut String,
    ) -> bool {
        let (vp, tp) = (self.type_set_terms(v), self.type_set_terms(t));
        if vp.is_none() && tp.is_none() {
            return false;
        }
        let (vs, ts) = (self.type_string(v), self.type_string(t));
        let from: Vec<TypeId> = match &vp {
            Some(terms) => terms.iter().map(|term| term.ty).collect(),
            None => vec![v],
        };
        let to: Vec<TypeId> = match &tp {
            Some(terms) => terms.iter().map(|term| term.ty).collect(),
            None => vec![t],
        };
        if from.is_empty() || to.is_empty() {
            return false;
        }
        for &f in &from {
            let mut y = x.clone();
            y.ty = f;
            for &g in &to {
                let mut ignored = String::new();
                if !self.convertible_to(&y, g, &mut ignored) {
                    let (fs, gs) = (self.type_string(f), self.type_string(g));
                    *cause = match (vp.is_some(), tp.is_some()) {
                        (true, true) => {
                            format!("cannot convert {fs} (in {vs}) to type {gs} (in {ts})")
                        }
                        (true, false) => format!("cannot convert {fs} (in {vs}) to type {ts}"),
                        _ => format!("cannot convert {vs} to type {gs} (in {ts})"),
                    };
                    return false;
                }
            }
        }
        true
    }

    /// types2's `isBytesOrRunes`: a slice whose element's underlying type
    /// is byte (uint8) or rune (int32).
    fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match *self.types.under_kind(t) {
            TypeKind::Slice(e) => matches!(
                self.types.basic(e),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        }
    }

    /// Type identity that ignores struct tags (types2's
    /// `IdenticalIgnoreTags`), at every level.
    pub(crate) fn identical_ignore_tags(&self, a: TypeId, b: TypeId, depth: u32) -> bool {
        let (a, b) = (self.types.unalias(a), self.types.unalias(b));
        if a == b {
            return true;
        }
        // Types that contain themselves go through a defined type, which
        // compares by identity; the bound guards a malformed table.
        if depth > 100 {
            return false;
        }
        let d = depth + 1;
        use TypeKind::*;
        match (self.types.kind(a), self.types.kind(b)) {
            (Pointer(x), Pointer(y)) | (Slice(x), Slice(y)) => {
                self.identical_ignore_tags(*x, *y, d)
            }
            (Array { len: n, elem: x }, Array { len: m, elem: y }) => {
                n == m && self.identical_ignore_tags(*x, *y, d)
            }
            (Map { key: k1, value: v1 }, Map { key: k2, value: v2 }) => {
                self.identical_ignore_tags(*k1, *k2, d) && self.identical_ignore_tags(*v1, *v2, d)
            }
            (Chan { dir: d1, elem: x }, Chan { dir: d2, elem: y }) => {
                d1 == d2 && self.identical_ignore_tags(*x, *y, d)
            }
            (Struct(f1), Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2).all(|(x, y)| {
                        x.name == y.name
                            && x.embedded == y.embedded
                            && self.identical_ignore_tags(x.ty, y.ty, d)
                    })
            }
            (Func(s1), Func(s2)) => {
                s1.variadic == s2.variadic
                    && s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .chain(s1.results.iter().zip(&s2.results))
                        .all(|(x, y)| self.identical_ignore_tags(*x, *y, d))
            }
            _ => self.types.identical(a, b),
        }
    }
}
