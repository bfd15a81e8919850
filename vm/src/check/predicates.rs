//! Type predicates (types2's `predicates.go`, and `operand.assignableTo`):
//! the kind tests every rule uses, default types of untyped constants, and
//! assignability.

use super::operand::Operand;
use super::Checker;
use crate::types::{BasicKind, ChanDir, TypeId, TypeKind};

impl<'a> Checker<'a> {
    fn basic_is(&self, t: TypeId, f: impl Fn(BasicKind) -> bool) -> bool {
        if let Some(terms) = self.type_set_terms(t) {
            // A type parameter: every type of its type set.
            return !terms.is_empty()
                && terms
                    .iter()
                    .all(|term| matches!(self.types.basic(term.ty), Some(b) if f(b)));
        }
        matches!(self.types.basic(t), Some(b) if f(b))
    }

    /// The terms of a type parameter's type set: `Some(empty)` when its
    /// constraint restricts nothing (methods only, or `any`); `None` when
    /// `t` is no type parameter.
    pub(crate) fn type_set_terms(&self, t: TypeId) -> Option<Vec<crate::types::Term>> {
        let c = self.types.type_param(self.types.unalias(t))?.constraint;
        let Some(c) = c else {
            return Some(Vec::new());
        };
        Some(match self.types.under_kind(c) {
            TypeKind::Constraint {
                terms: Some(terms), ..
            } => terms.clone(),
            _ => Vec::new(),
        })
    }

    /// types2's `coreType`: the underlying type of a type, or for a type
    /// parameter the one underlying type all of its type set shares (or
    /// `None`).
    pub(crate) fn core_type(&self, t: TypeId) -> Option<TypeId> {
        let Some(terms) = self.type_set_terms(t) else {
            return Some(self.types.underlying(t));
        };
        let first = self.types.underlying(terms.first()?.ty);
        if terms
            .iter()
            .all(|term| self.types.identical(self.types.underlying(term.ty), first))
        {
            return Some(first);
        }
        // Channels of one element type: the receive-only one if any is.
        let TypeKind::Chan { elem, .. } = *self.types.kind(first) else {
            return None;
        };
        let mut core = first;
        for term in &terms {
            let u = self.types.underlying(term.ty);
            match *self.types.kind(u) {
                TypeKind::Chan { dir, elem: e } if self.types.identical(e, elem) => {
                    if dir == ChanDir::Recv {
                        core = u;
                    }
                }
                _ => return None,
            }
        }
        Some(core)
    }

    /// Whether every type of a type parameter's set is a string or a byte
    /// slice.
    pub(crate) fn bytes_or_strings(&self, t: TypeId) -> bool {
        self.type_set_terms(t).is_some_and(|terms| {
            !terms.is_empty()
                && terms.iter().all(|term| {
                    self.is_string(term.ty)
                        || matches!(*self.types.under_kind(term.ty),
                            TypeKind::Slice(e) if self.types.basic(e) == Some(BasicKind::Uint8))
                })
        })
    }

    /// The kind of `t`'s core type (a type parameter without one is its
    /// own kind, which no rule accepts).
    pub(crate) fn core_kind(&self, t: TypeId) -> &TypeKind {
        match self.core_type(t) {
            Some(c) => self.types.kind(c),
            None => self.types.kind(self.types.unalias(t)),
        }
    }

    /// Ordered types accept `< <= > >=`; a type parameter if all of its
    /// type set does.
    pub(crate) fn is_ordered(&self, t: TypeId) -> bool {
        match self.type_set_terms(t) {
            Some(terms) => !terms.is_empty() && terms.iter().all(|x| self.types.ordered(x.ty)),
            None => self.types.ordered(t),
        }
    }

    pub(crate) fn untyped_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.types.kind(self.types.unalias(t)) {
            TypeKind::Basic(b) if b.is_untyped() => Some(*b),
            _ => None,
        }
    }

    pub(crate) fn is_untyped(&self, t: TypeId) -> bool {
        self.untyped_kind(t).is_some()
    }

    pub(crate) fn is_typed(&self, t: TypeId) -> bool {
        !self.is_untyped(t)
    }

    pub(crate) fn is_boolean(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_boolean)
    }

    pub(crate) fn is_integer(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_integer)
    }

    pub(crate) fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_unsigned)
    }

    pub(crate) fn is_float(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_float)
    }

    pub(crate) fn is_complex(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_complex)
    }

    pub(crate) fn is_numeric(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_numeric)
    }

    pub(crate) fn is_string(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_string)
    }

    pub(crate) fn is_numeric_or_string(&self, t: TypeId) -> bool {
        if let Some(terms) = self.type_set_terms(t) {
            return !terms.is_empty()
                && terms
                    .iter()
                    .all(|x| self.is_numeric(x.ty) || self.is_string(x.ty));
        }
        self.is_numeric(t) || self.is_string(t)
    }

    pub(crate) fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.types.under_kind(t), TypeKind::Pointer(_))
    }

    pub(crate) fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.types.under_kind(t), TypeKind::Interface(_))
    }

    /// types2's `hasName`: defined types, basic types and aliases of them
    /// have names; type literals do not.
    pub(crate) fn has_name(&self, t: TypeId) -> bool {
        matches!(
            self.types.kind(self.types.unalias(t)),
            TypeKind::Basic(_) | TypeKind::Named(_)
        )
    }

    /// Whether `nil` is a value of `t` (types2's `hasNil`).
    pub(crate) fn has_nil(&self, t: TypeId) -> bool {
        if let Some(terms) = self.type_set_terms(t) {
            return !terms.is_empty() && terms.iter().all(|term| self.has_nil(term.ty));
        }
        match self.types.under_kind(t) {
            // Untyped nil itself has no nil value of its own: `nil == nil`
            // is an error (types2's hasNil).
            TypeKind::Basic(b) => *b == BasicKind::UnsafePointer,
            TypeKind::Slice(_)
            | TypeKind::Pointer(_)
            | TypeKind::Func(_)
            | TypeKind::Interface(_)
            | TypeKind::Map { .. }
            | TypeKind::Chan { .. } => true,
            TypeKind::Invalid => true,
            _ => false,
        }
    }

    /// The type an untyped constant takes where no type is given (Go spec,
    /// "Constants"): `int`, `rune`, `float64`, `complex128`, `bool`,
    /// `string`; typed types are their own default.
    pub(crate) fn default_type(&self, t: TypeId) -> TypeId {
        let k = match self.untyped_kind(t) {
            Some(BasicKind::UntypedBool) => BasicKind::Bool,
            Some(BasicKind::UntypedInt) => BasicKind::Int,
            Some(BasicKind::UntypedRune) => return self.universe.rune,
            Some(BasicKind::UntypedFloat) => BasicKind::Float64,
            Some(BasicKind::UntypedComplex) => BasicKind::Complex128,
            Some(BasicKind::UntypedString) => BasicKind::String,
            _ => return t,
        };
        self.universe.basic(k)
    }

    /// types2's `maxType`: the "larger" of two untyped numeric types.
    pub(crate) fn max_type(&self, x: TypeId, y: TypeId) -> Option<TypeId> {
        let (a, b) = (self.untyped_kind(x)?, self.untyped_kind(y)?);
        let rank = |k: BasicKind| match k {
            BasicKind::UntypedInt => Some(0),
            BasicKind::UntypedRune => Some(1),
            BasicKind::UntypedFloat => Some(2),
            BasicKind::UntypedComplex => Some(3),
            _ => None,
        };
        if a == b {
            return Some(x);
        }
        let (ra, rb) = (rank(a)?, rank(b)?);
        Some(if ra >= rb { x } else { y })
    }

    pub(crate) fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.types.identical(a, b)
    }

    /// Whether x can be assigned to a variable of type `t` (Go spec,
    /// "Assignability"); `cause` explains a failure where types2 does.
    pub(crate) fn assignable_to(
        &mut self,
        x: &Operand<'a>,
        t: TypeId,
        cause: Option<&mut String>,
    ) -> bool {
        if x.is_invalid() || !self.is_valid(t) || !self.is_valid(x.ty) {
            return true;
        }
        let v = x.ty;
        if self.identical(v, t) {
            return true;
        }
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if self.is_untyped(vu) {
            return self.implicit_type_and_value(x, t).is_ok();
        }
        if self.identical(vu, tu) && (!self.has_name(v) || !self.has_name(t)) {
            return true;
        }
        let t_is_iface = matches!(self.types.kind(tu), TypeKind::Interface(_));
        let t_is_iface_ptr =
            matches!(self.types.kind(tu), TypeKind::Pointer(e) if self.is_interface(*e));
        let mut cause = cause;
        if t_is_iface || t_is_iface_ptr {
            return self.implements(v, t, false, cause.as_deref_mut());
        }
        // If V is an interface, a missing type assertion may be the
        // problem: hint at it when T implements V.
        if matches!(self.types.kind(vu), TypeKind::Interface(_))
            && self.implements(t, v, false, None)
        {
            if let Some(c) = cause {
                *c = "need type assertion".into();
            }
            return false;
        }
        if let (
            TypeKind::Chan {
                dir: ChanDir::Both,
                elem: ve,
            },
            TypeKind::Chan { elem: te, .. },
        ) = (self.types.kind(vu).clone(), self.types.kind(tu).clone())
        {
            if self.identical(ve, te) {
                return !self.has_name(v) || !self.has_name(t);
            }
        }
        // Type parameters: a value of an unnamed type is assignable to a
        // type parameter if it is to every type of its set; a type
        // parameter's value to an unnamed type if each type of its set is.
        if let Some(terms) = self.type_set_terms(t).filter(|_| !self.has_name(v)) {
            return !terms.is_empty()
                && terms
                    .iter()
                    .all(|term| self.assignable_to(x, term.ty, None));
        }
        if let Some(terms) = self.type_set_terms(v).filter(|_| !self.has_name(t)) {
            return !terms.is_empty()
                && terms.iter().all(|term| {
                    let mut y = x.clone();
                    y.ty = term.ty;
                    self.assignable_to(&y, t, None)
                });
        }
        false
    }
}
