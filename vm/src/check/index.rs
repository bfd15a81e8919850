//! Index and slice expressions (types2's `index.go`): arrays, pointers to
//! arrays, slices, strings and maps, with constant index checks.

use super::operand::{Mode, Operand};
use super::Checker;
use crate::constant::{self, Kind};
use crate::types::{BasicKind, TypeId, TypeKind};
use minigo_parser::ast::{Expr, ExprKind};
use minigo_parser::printer::expr_string;

impl<'a> Checker<'a> {
    /// types2's `indexExpr`: `x[i]`, or an instantiation `F[T]`, which
    /// minigo does not support.
    pub(crate) fn index_expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let ExprKind::Index { x: base, index } = &e.kind else {
            return Operand::invalid(Some(e), self.universe.invalid);
        };
        if let Some(x) = self.generic_func_value(e, base, index) {
            return x;
        }
        let mut x = self.expr_or_type(base);
        match x.mode {
            Mode::Invalid => {
                self.use_exprs(index);
                return Operand::invalid(Some(e), self.universe.invalid);
            }
            Mode::TypeExpr => {
                // A generic type instantiation: var_type reports it.
                let t = self.var_type(e);
                x.mode = if self.is_valid(t) {
                    Mode::TypeExpr
                } else {
                    Mode::Invalid
                };
                x.ty = t;
                x.expr = Some(e);
                return x;
            }
            _ => {}
        }
        // gc reports "cannot index" at the `[`; the tree does not keep its
        // position, which in gofmt'd code is right after the operand.
        let lbrack = base.span.hi;

        let mut valid = false;
        let mut length: i64 = -1;
        match self.core_kind(x.ty).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                valid = true;
                if x.mode == Mode::Constant {
                    length = i64::try_from(x.val.string_len()).unwrap_or(i64::MAX);
                }
                // Indexing a string, even a constant one, gives a
                // non-constant byte (spelt `byte` in messages).
                x.mode = Mode::Value;
                x.ty = self.universe.byte;
            }
            TypeKind::Array { len, elem } => {
                valid = true;
                length = i64::try_from(len).unwrap_or(i64::MAX);
                if x.mode != Mode::Variable {
                    x.mode = Mode::Value;
                }
                x.ty = elem;
            }
            TypeKind::Pointer(p) => {
                if let TypeKind::Array { len, elem } = *self.types.under_kind(p) {
                    valid = true;
                    length = i64::try_from(len).unwrap_or(i64::MAX);
                    x.mode = Mode::Variable;
                    x.ty = elem;
                }
            }
            TypeKind::Slice(elem) => {
                valid = true;
                x.mode = Mode::Variable;
                x.ty = elem;
            }
            TypeKind::Map { key, value } => {
                let Some(index) = self.single_index(e, index) else {
                    return Operand::invalid(Some(e), self.universe.invalid);
                };
                let mut k = self.expr_with_hint(index, None);
                self.assignment(&mut k, Some(key), "map index");
                x.mode = Mode::MapIndex;
                x.ty = value;
                x.expr = Some(e);
                return x;
            }
            // A type parameter whose types are all strings or byte
            // slices indexes as a byte.
            TypeKind::TypeParam(_) if self.bytes_or_strings(x.ty) => {
                valid = true;
                x.mode = Mode::Value;
                x.ty = self.universe.byte;
            }
            TypeKind::Func(_) => {
                // F[T] of a function that is not generic.
                if let Some(first) = index.first() {
                    let i = self.expr_or_type(first);
                    if i.mode == Mode::TypeExpr {
                        let s = self.operand_string(&x);
                        self.error(lbrack, format!("cannot index {s}"));
                        return Operand::invalid(Some(e), self.universe.invalid);
                    }
                    let s = self.operand_string(&x);
                    self.error(lbrack, format!("cannot index {s}"));
                    if let Some(rest) = index.get(1..) {
                        self.use_exprs(rest);
                    }
                    return Operand::invalid(Some(e), self.universe.invalid);
                }
            }
            _ => {}
        }
        if !valid {
            let s = self.operand_string(&x);
            self.error(lbrack, format!("cannot index {s}"));
            self.use_exprs(index);
            return Operand::invalid(Some(e), self.universe.invalid);
        }
        let Some(index) = self.single_index(e, index) else {
            return Operand::invalid(Some(e), self.universe.invalid);
        };
        self.index(index, length);
        x.expr = Some(e);
        x
    }

    /// types2's `singleIndex`: the index of `x[i]`; a second index is an
    /// error (continuing with the first).
    fn single_index(&mut self, e: &'a Expr, index: &'a [Expr]) -> Option<&'a Expr> {
        let Some(first) = index.first() else {
            if let ExprKind::Index { x, .. } = &e.kind {
                self.error(e.span.lo, format!("missing index for {}", expr_string(x)));
            }
            return None;
        };
        if let Some(second) = index.get(1) {
            self.error(second.span.lo, "invalid operation: more than one index");
        }
        Some(first)
    }

    /// types2's `sliceExpr`: `x[lo:hi]` and `x[lo:hi:max]`.
    pub(crate) fn slice_expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let ExprKind::Slice {
            x: base,
            lo,
            hi,
            max,
            full,
        } = &e.kind
        else {
            return Operand::invalid(Some(e), self.universe.invalid);
        };
        let indices: [Option<&'a Expr>; 3] = [lo.as_deref(), hi.as_deref(), max.as_deref()];
        let mut x = self.expr(None, base);
        if x.is_invalid() {
            for i in indices.iter().flatten() {
                self.use_exprs(std::slice::from_ref(*i));
            }
            return Operand::invalid(Some(e), self.universe.invalid);
        }

        let mut valid = false;
        let mut length: i64 = -1;
        match self.core_kind(x.ty).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                if *full {
                    let at = max.as_deref().map_or(e.span.lo, |m| m.span.lo);
                    self.error(at, "invalid operation: 3-index slice of string");
                    return Operand::invalid(Some(e), self.universe.invalid);
                }
                valid = true;
                if x.mode == Mode::Constant {
                    length = i64::try_from(x.val.string_len()).unwrap_or(i64::MAX);
                }
                // The operand stays untyped (as types2 records it); the
                // slice of it is a string.
                if self.is_untyped(x.ty) {
                    x.ty = self.universe.basic(BasicKind::String);
                }
            }
            TypeKind::Array { len, elem } => {
                valid = true;
                length = i64::try_from(len).unwrap_or(i64::MAX);
                if x.mode != Mode::Variable {
                    let s = self.operand_string(&x);
                    self.error(x.pos(), format!("cannot slice unaddressable value {s}"));
                    return Operand::invalid(Some(e), self.universe.invalid);
                }
                x.ty = self.types.slice(elem);
            }
            TypeKind::Pointer(p) => {
                if let TypeKind::Array { len, elem } = *self.types.under_kind(p) {
                    valid = true;
                    length = i64::try_from(len).unwrap_or(i64::MAX);
                    x.ty = self.types.slice(elem);
                }
            }
            TypeKind::Slice(_) => valid = true,
            _ => {}
        }
        if !valid {
            let s = self.operand_string(&x);
            self.error(x.pos(), format!("cannot slice {s}"));
            return Operand::invalid(Some(e), self.universe.invalid);
        }
        x.mode = Mode::Value;
        x.expr = Some(e);

        if *full && (hi.is_none() || max.is_none()) {
            // The parser always fills them in (with a bad expression).
            self.error(e.span.lo, "2nd and 3rd index required in 3-index slice");
            return Operand::invalid(Some(e), self.universe.invalid);
        }

        // The constant values of the indices, -1 where unknown; omitted
        // ones are 0 and the length.
        let mut ind = [-1i64; 3];
        for (i, index) in indices.iter().enumerate() {
            ind[i] = match index {
                Some(index) => {
                    let max = if length >= 0 {
                        length.saturating_add(1)
                    } else {
                        -1
                    };
                    let (_, v) = self.index(index, max);
                    if v >= 0 {
                        v
                    } else {
                        -1
                    }
                }
                None if i == 0 => 0,
                None if length >= 0 => length,
                None => -1,
            };
        }
        // Constant indices must be in order; only the first violation is
        // reported.
        'outer: for i in 0..ind.len() - 1 {
            let xi = ind[i];
            if xi > 0 {
                for (j, &y) in ind.iter().enumerate().skip(i + 1) {
                    if y >= 0 && y < xi {
                        let at = indices[j].map_or(e.span.lo, |ie| ie.span.lo);
                        self.error(at, format!("invalid slice indices: {y} < {xi}"));
                        break 'outer;
                    }
                }
            }
        }
        x
    }

    /// types2's `index`: checks an index expression; its type (invalid
    /// after an error) and its constant value (-1 if not constant). `max`,
    /// when not negative, bounds a constant index.
    pub(crate) fn index(&mut self, index: &'a Expr, max: i64) -> (TypeId, i64) {
        let invalid = self.universe.invalid;
        let mut x = self.expr(None, index);
        if !self.is_valid_index(&mut x, "index", false) {
            return (invalid, -1);
        }
        if x.mode != Mode::Constant {
            return (x.ty, -1);
        }
        if x.val.kind() == Kind::Unknown {
            return (invalid, -1);
        }
        // is_valid_index made sure the value is a non-negative int.
        let (v, _) = x.val.int64_val();
        if max >= 0 && v >= max {
            self.error(
                x.pos(),
                format!("invalid argument: index {} out of bounds [0:{max}]", x.val),
            );
            return (invalid, -1);
        }
        (x.ty, v)
    }

    /// types2's `isValidIndex`: x must be an integer (untyped constants
    /// become `int`), not negative unless `allow_negative`, and fit an
    /// `int`. `what` names it in messages (`index`, `length`).
    pub(crate) fn is_valid_index(
        &mut self,
        x: &mut Operand<'a>,
        what: &str,
        allow_negative: bool,
    ) -> bool {
        if x.is_invalid() {
            return false;
        }
        let int = self.universe.basic(BasicKind::Int);
        self.convert_untyped(x, int);
        if x.is_invalid() {
            return false;
        }
        if !self.is_integer(x.ty) {
            let s = self.operand_string(x);
            self.error(
                x.pos(),
                format!("invalid argument: {what} {s} must be integer"),
            );
            return false;
        }
        if x.mode == Mode::Constant {
            if !allow_negative && x.val.sign() < 0 && !x.val.is_unknown() {
                let s = self.operand_string(x);
                self.error(
                    x.pos(),
                    format!("invalid argument: {what} {s} must not be negative"),
                );
                return false;
            }
            match constant::representable(&x.val, BasicKind::Int) {
                Some(v) => x.val = v,
                None => {
                    let s = self.operand_string(x);
                    self.error(
                        x.pos(),
                        format!("invalid argument: {what} {s} overflows int"),
                    );
                    return false;
                }
            }
        }
        true
    }
}
