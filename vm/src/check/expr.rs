//! Expressions (types2's `expr.go`): the dispatch over expression kinds,
//! unary and binary operators with exact constant folding, comparisons,
//! shifts, and the typing of untyped expressions.
//!
//! An untyped expression (a constant, or the result of a comparison or a
//! shift of untyped operands) is remembered in `Checker::untyped` until its
//! context fixes its type; `update_expr_type` then walks down the
//! expression and records the final type on every untyped part, as types2
//! does, so the compiler sees `x + 1` with `1` as an `int`.

use super::operand::{Mode, Operand};
use super::{Checker, Untyped};
use crate::constant::{self, BinaryOp as CBinary, CompareOp, ShiftOp, UnaryOp as CUnary, Value};
use crate::types::{BasicKind, TypeId, TypeKind};
use minigo_parser::ast::{self, BinaryOp, Expr, ExprKind, UnaryOp};
use minigo_parser::printer::expr_string;

/// Why an untyped operand cannot take a type (types2's error codes, as far
/// as the messages differ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ConvError {
    Truncated,
    Overflows,
    NotRepresentable,
    InvalidUntyped,
}

/// Context an expression is checked in; `Statement` expressions (calls,
/// receives) may stand alone as statements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ExprKindResult {
    Conversion,
    Expression,
    Statement,
}

impl<'a> Checker<'a> {
    // ----- entry points ------------------------------------------------------------------------

    /// A single-valued expression. `target` is the type the value is for,
    /// when known (unused until generic inference).
    pub(crate) fn expr(&mut self, target: Option<TypeId>, e: &'a Expr) -> Operand<'a> {
        let _ = target;
        let mut x = self.raw_expr(e, None).0;
        self.exclude(&mut x, &[Mode::NoValue, Mode::Builtin, Mode::TypeExpr]);
        self.single_value(&mut x);
        x
    }

    /// An expression with a type hint for untyped composite literal
    /// elements (`[]T{{...}}`).
    pub(crate) fn expr_with_hint(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint).0;
        self.exclude(&mut x, &[Mode::NoValue, Mode::Builtin, Mode::TypeExpr]);
        self.single_value(&mut x);
        x
    }

    /// An expression or a type.
    pub(crate) fn expr_or_type(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None).0;
        self.exclude(&mut x, &[Mode::NoValue]);
        self.single_value(&mut x);
        x
    }

    /// An expression that may have several values (a call), or yield
    /// `v, ok` when `allow_comma_ok`; the operands, and whether the second
    /// is a comma-ok value.
    pub(crate) fn multi_expr(
        &mut self,
        e: &'a Expr,
        allow_comma_ok: bool,
    ) -> (Vec<Operand<'a>>, bool) {
        let mut x = self.raw_expr(e, None).0;
        self.exclude(&mut x, &[Mode::NoValue, Mode::Builtin, Mode::TypeExpr]);
        if !x.is_invalid() {
            if let TypeKind::Tuple(elems) = self.types.kind(x.ty).clone() {
                let list = elems
                    .iter()
                    .enumerate()
                    .map(|(i, &t)| Operand {
                        mode: Mode::Value,
                        expr: Some(e),
                        ty: t,
                        val: Value::Unknown,
                        builtin: None,
                        desc: Some(nth(i + 1, "function result").into()),
                    })
                    .collect();
                return (list, false);
            }
        }
        if allow_comma_ok && matches!(x.mode, Mode::MapIndex | Mode::CommaOk | Mode::CommaErr) {
            let (what, ty) = if x.mode == Mode::CommaErr {
                ("err value of (comma, err) expression", self.universe.error)
            } else {
                (
                    "ok value of (comma, ok) expression",
                    self.universe.basic(BasicKind::UntypedBool),
                )
            };
            let x2 = Operand {
                mode: Mode::Value,
                expr: Some(e),
                ty,
                val: Value::Unknown,
                builtin: None,
                desc: Some(what.into()),
            };
            return (vec![x, x2], true);
        }
        (vec![x], false)
    }

    /// types2's `rawExpr`: checks `e` and records its type (untyped ones
    /// are remembered until their type is final).
    pub(crate) fn raw_expr(
        &mut self,
        e: &'a Expr,
        hint: Option<TypeId>,
    ) -> (Operand<'a>, ExprKindResult) {
        let (mut x, kind) = self.expr_internal(e, hint);
        if x.expr.is_none() {
            x.expr = Some(e);
        }
        self.record(&x);
        (x, kind)
    }

    fn record(&mut self, x: &Operand<'a>) {
        let Some(e) = x.expr else { return };
        let (ty, val) = match x.mode {
            Mode::Invalid => (self.universe.invalid, None),
            Mode::NoValue => (self.types.tuple(Vec::new()), None),
            Mode::Constant => (x.ty, Some(x.val.clone())),
            _ => (x.ty, None),
        };
        if self.is_untyped(ty) {
            self.untyped.insert(
                (self.ctx.file, e.id),
                Untyped {
                    expr: e,
                    is_lhs: false,
                    mode: x.mode,
                    ty,
                    val: val.unwrap_or(Value::Unknown),
                },
            );
        } else {
            self.record_type_and_value(e, x.mode, ty, val);
        }
    }

    /// Records what is left untyped at the end: such expressions keep
    /// their untyped type (types2's `recordUntyped`).
    pub(crate) fn record_untyped(&mut self) {
        let pending: Vec<_> = self.untyped.drain().collect();
        for ((file, _), u) in pending {
            let saved = self.ctx.file;
            self.ctx.file = file;
            let val = (u.mode == Mode::Constant).then_some(u.val);
            self.record_type_and_value(u.expr, u.mode, u.ty, val);
            self.ctx.file = saved;
        }
    }

    fn expr_internal(
        &mut self,
        e: &'a Expr,
        hint: Option<TypeId>,
    ) -> (Operand<'a>, ExprKindResult) {
        use ExprKindResult::*;
        let invalid = Operand::invalid(Some(e), self.universe.invalid);
        let x = match &e.kind {
            ExprKind::Bad => return (invalid, Statement),
            ExprKind::Name(n) => self.ident(e, n, false),
            ExprKind::DotsType { .. } => {
                self.error(e.span.lo, "invalid use of ...");
                return (invalid, Statement);
            }
            ExprKind::BasicLit(lit) => self.basic_lit(e, lit),
            ExprKind::FuncLit(f) => self.func_lit(e, f),
            ExprKind::CompositeLit { .. } => self.composite_lit(e, hint),
            ExprKind::Paren(inner) => {
                let (mut x, kind) = self.raw_expr(inner, None);
                x.expr = Some(e);
                return (x, kind);
            }
            ExprKind::Selector { .. } => self.selector(e, false),
            ExprKind::Index { .. } => self.index_expr(e),
            ExprKind::Slice { .. } => self.slice_expr(e),
            ExprKind::TypeAssert { x: inner, ty } => {
                let x = self.expr(None, inner);
                if x.is_invalid() {
                    return (invalid, Statement);
                }
                if !self.is_interface(x.ty) {
                    let s = self.operand_string(&x);
                    let msg = if self.types.type_param(self.types.unalias(x.ty)).is_some() {
                        format!(
                            "invalid operation: cannot use type assertion on type parameter value {s}"
                        )
                    } else {
                        format!("invalid operation: {s} is not an interface")
                    };
                    self.error(x.pos(), msg);
                    return (invalid, Statement);
                }
                let t = self.var_type(ty);
                if !self.is_valid(t) {
                    return (invalid, Statement);
                }
                self.type_assertion(e, &x, t, false);
                Operand {
                    mode: Mode::CommaOk,
                    expr: Some(e),
                    ty: t,
                    val: Value::Unknown,
                    builtin: None,
                    desc: None,
                }
            }
            ExprKind::TypeSwitchGuard { x: inner } => {
                self.error(e.span.lo, "use of .(type) outside type switch");
                self.use_exprs(std::slice::from_ref(inner.as_ref()));
                return (invalid, Statement);
            }
            ExprKind::Call { .. } => return self.call_expr(e),
            ExprKind::Unary {
                op: UnaryOp::Deref,
                x: inner,
            } => {
                let x = self.expr_or_type(inner);
                match x.mode {
                    Mode::Invalid => return (invalid, Statement),
                    Mode::TypeExpr => {
                        let t = self.types.pointer(x.ty);
                        Operand {
                            mode: Mode::TypeExpr,
                            expr: Some(e),
                            ty: t,
                            val: Value::Unknown,
                            builtin: None,
                            desc: None,
                        }
                    }
                    _ => {
                        let TypeKind::Pointer(base) = *self.core_kind(x.ty) else {
                            let s = self.operand_string(&x);
                            self.error(x.pos(), format!("invalid operation: cannot indirect {s}"));
                            return (invalid, Statement);
                        };
                        Operand {
                            mode: Mode::Variable,
                            expr: Some(e),
                            ty: base,
                            val: Value::Unknown,
                            builtin: None,
                            desc: None,
                        }
                    }
                }
            }
            ExprKind::Unary { op, x: inner } => {
                let x = self.unary(e, *op, inner);
                if x.is_invalid() {
                    return (Operand::invalid(Some(e), self.universe.invalid), Statement);
                }
                if *op == UnaryOp::Recv {
                    // A receive is a statement as well as an expression
                    // (types2's kind); its type is the element's.
                    let mut x = x;
                    x.expr = Some(e);
                    return (x, Statement);
                }
                x
            }
            ExprKind::Binary {
                op,
                x: l,
                y: r,
                op_span,
            } => {
                let x = self.binary(Some(e), l, r, *op, op_span.lo);
                if x.is_invalid() {
                    return (Operand::invalid(Some(e), self.universe.invalid), Statement);
                }
                x
            }
            ExprKind::KeyValue { .. } => {
                self.error(e.span.lo, "no key:value expected");
                return (invalid, Statement);
            }
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.typ(e);
                Operand {
                    mode: Mode::TypeExpr,
                    expr: Some(e),
                    ty: t,
                    val: Value::Unknown,
                    builtin: None,
                    desc: None,
                }
            }
        };
        let mut x = x;
        if x.is_invalid() {
            x.expr = Some(e);
            return (x, Statement);
        }
        x.expr = Some(e);
        (x, Expression)
    }

    /// types2's `exclude`: rejects operands of the given modes.
    pub(crate) fn exclude(&mut self, x: &mut Operand<'a>, modes: &[Mode]) {
        if !modes.contains(&x.mode) {
            return;
        }
        let s = self.operand_string(x);
        let msg = match x.mode {
            Mode::NoValue => {
                if modes.contains(&Mode::TypeExpr) {
                    format!("{s} used as value")
                } else {
                    format!("{s} used as value or type")
                }
            }
            Mode::Builtin => format!("{s} must be called"),
            Mode::TypeExpr => format!("{s} is not an expression"),
            _ => return,
        };
        self.error(x.pos(), msg);
        x.mode = Mode::Invalid;
    }

    /// types2's `singleValue`.
    pub(crate) fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == Mode::Value {
            if let TypeKind::Tuple(_) = self.types.kind(x.ty) {
                let s = self.operand_string(x);
                self.error(
                    x.pos(),
                    format!("multiple-value {s} in single-value context"),
                );
                x.mode = Mode::Invalid;
            }
        }
    }

    /// Checks expressions only to report their errors and mark their
    /// variables used (types2's `use`), after an earlier error.
    pub(crate) fn use_exprs(&mut self, list: &'a [Expr]) {
        for e in list {
            if let ExprKind::Name(n) = &e.kind {
                // A blank identifier is fine here.
                if &**n == "_" {
                    continue;
                }
            }
            let _ = self.raw_expr(e, None);
        }
    }

    // ----- literals ------------------------------------------------------------------------

    fn basic_lit(&mut self, e: &'a Expr, lit: &'a ast::BasicLit) -> Operand<'a> {
        let mut x = Operand::invalid(Some(e), self.universe.invalid);
        if matches!(
            lit.kind,
            ast::LitKind::Int | ast::LitKind::Float | ast::LitKind::Imag
        ) && lit.raw.len() > constant::MAX_LITERAL_LEN
        {
            let head: String = lit.raw.chars().take(10).collect();
            self.error(
                e.span.lo,
                format!(
                    "excessively long constant: {head}... ({} chars)",
                    lit.raw.len()
                ),
            );
            return x;
        }
        let Some(val) = constant::from_literal(lit.kind, &lit.raw) else {
            self.error(e.span.lo, format!("malformed constant: {}", lit.raw));
            return x;
        };
        let kind = match lit.kind {
            ast::LitKind::Int => BasicKind::UntypedInt,
            ast::LitKind::Float => BasicKind::UntypedFloat,
            ast::LitKind::Imag => BasicKind::UntypedComplex,
            ast::LitKind::Char => BasicKind::UntypedRune,
            ast::LitKind::String => BasicKind::UntypedString,
        };
        x.mode = Mode::Constant;
        x.ty = self.universe.basic(kind);
        x.val = val;
        self.overflow(&mut x, e.span.lo);
        x
    }

    // ----- constant checks -------------------------------------------------------------------

    /// types2's `overflow`: a typed constant must be representable in its
    /// type; an untyped one must not grow beyond 512 bits.
    pub(crate) fn overflow(&mut self, x: &mut Operand<'a>, op_pos: u32) {
        if x.val.is_unknown() {
            self.error(op_pos, "constant result is not representable");
            return;
        }
        if self.is_typed(x.ty) {
            if let Some(b) = self.types.basic(x.ty) {
                self.representable(x, b, x.ty);
            }
            return;
        }
        match constant::untyped_overflow(&x.val) {
            Some(constant::UntypedOverflow::IntOverflow) => {
                let op = x.expr.map(op_name).unwrap_or("");
                let op = if op.is_empty() {
                    String::new()
                } else {
                    format!("{op} ")
                };
                self.error(op_pos, format!("constant {op}overflow"));
                x.val = Value::Unknown;
            }
            Some(constant::UntypedOverflow::StringTooLong(n)) => {
                self.error(
                    op_pos,
                    format!(
                        "constant string too long ({n} bytes > {} bytes)",
                        constant::MAX_STRING_LEN
                    ),
                );
                x.val = Value::Unknown;
            }
            Some(constant::UntypedOverflow::NotRepresentable) => {
                self.error(op_pos, "constant result is not representable");
            }
            None => {}
        }
    }

    /// types2's `representable`: converts the constant to `target`'s basic
    /// kind or reports why it does not fit.
    pub(crate) fn representable(&mut self, x: &mut Operand<'a>, kind: BasicKind, target: TypeId) {
        let from = self.types.basic(x.ty).unwrap_or(kind);
        match constant::representation(&x.val, from, kind) {
            Ok(v) => x.val = v,
            Err(err) => {
                let code = match err {
                    constant::ReprError::Truncated => ConvError::Truncated,
                    constant::ReprError::Overflows => ConvError::Overflows,
                    constant::ReprError::NotRepresentable => ConvError::NotRepresentable,
                };
                self.invalid_conversion(code, x, target);
                x.mode = Mode::Invalid;
            }
        }
    }

    /// types2's `invalidConversion`.
    pub(crate) fn invalid_conversion(&mut self, code: ConvError, x: &Operand<'a>, target: TypeId) {
        let xs = self.operand_string(x);
        let ts = self.type_string(target);
        let msg = match code {
            ConvError::Truncated => format!("{xs} truncated to {ts}"),
            ConvError::Overflows => format!("{xs} overflows {ts}"),
            _ => format!("cannot convert {xs} to type {ts}"),
        };
        self.error(x.pos(), msg);
    }

    // ----- untyped operands --------------------------------------------------------------------

    /// types2's `implicitTypeAndValue`: the type (and converted constant
    /// value) an untyped operand takes in a context of type `target`.
    pub(crate) fn implicit_type_and_value(
        &mut self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<Value>), ConvError> {
        if x.is_invalid() || self.is_typed(x.ty) || !self.is_valid(target) {
            return Ok((x.ty, None));
        }
        if self.is_untyped(target) {
            return match self.max_type(x.ty, target) {
                Some(m) => Ok((m, None)),
                None => Err(ConvError::InvalidUntyped),
            };
        }
        if x.is_nil() {
            return if self.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ConvError::InvalidUntyped)
            };
        }
        if let Some(terms) = self.type_set_terms(target) {
            // A type parameter: representable in every type of its set;
            // the result is no constant.
            if terms.is_empty() {
                return Err(ConvError::InvalidUntyped);
            }
            for term in terms {
                self.implicit_type_and_value(x, term.ty)?;
            }
            return Ok((target, None));
        }
        match self.types.under_kind(target).clone() {
            TypeKind::Basic(b) => {
                if x.mode == Mode::Constant {
                    let from = self.untyped_kind(x.ty).unwrap_or(b);
                    return match constant::representation(&x.val, from, b) {
                        Ok(v) => Ok((target, Some(v))),
                        Err(constant::ReprError::Truncated) => Err(ConvError::Truncated),
                        Err(constant::ReprError::Overflows) => Err(ConvError::Overflows),
                        Err(constant::ReprError::NotRepresentable) => {
                            Err(ConvError::NotRepresentable)
                        }
                    };
                }
                let ok = match self.untyped_kind(x.ty) {
                    Some(BasicKind::UntypedBool) => self.is_boolean(target),
                    Some(
                        BasicKind::UntypedInt
                        | BasicKind::UntypedRune
                        | BasicKind::UntypedFloat
                        | BasicKind::UntypedComplex,
                    ) => self.is_numeric(target),
                    Some(BasicKind::UntypedString) => self.is_string(target),
                    _ => false,
                };
                if !ok {
                    return Err(ConvError::InvalidUntyped);
                }
            }
            TypeKind::Interface(methods) => {
                if !methods.is_empty() {
                    return Err(ConvError::InvalidUntyped);
                }
                return Ok((self.default_type(x.ty), None));
            }
            _ => return Err(ConvError::InvalidUntyped),
        }
        Ok((target, None))
    }

    /// types2's `convertUntyped`.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Err(code) => {
                let t = self.types.underlying(target);
                self.invalid_conversion(code, x, t);
                x.mode = Mode::Invalid;
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

    pub(crate) fn update_expr_val(&mut self, e: &'a Expr, val: Value) {
        if let Some(u) = self.untyped.get_mut(&(self.ctx.file, e.id)) {
            u.val = val;
        }
    }

    /// types2's `updateExprType`: gives the untyped expression `e` (and its
    /// untyped operands) type `t`; `final` once `t` is the last word.
    pub(crate) fn update_expr_type(&mut self, e: &'a Expr, t: TypeId, final_: bool) {
        let key = (self.ctx.file, e.id);
        let Some(old) = self.untyped.get(&key).cloned() else {
            return;
        };
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t, final_),
            // A constant's operands keep their own (untyped) types: only
            // the root's value is converted.
            ExprKind::Unary { op, x } if *op != UnaryOp::Deref && old.mode != Mode::Constant => {
                self.update_expr_type(x, t, final_);
            }
            ExprKind::Binary { op, x, y, .. } if old.mode != Mode::Constant => {
                if is_comparison(*op) {
                    // The result type is independent of the operands'.
                } else if is_shift(*op) {
                    self.update_expr_type(x, t, final_);
                } else {
                    self.update_expr_type(x, t, final_);
                    self.update_expr_type(y, t, final_);
                }
            }
            _ => {}
        }
        if !final_ && self.is_untyped(t) {
            if let Some(u) = self.untyped.get_mut(&key) {
                u.ty = self.types.underlying(t);
            }
            return;
        }
        self.untyped.remove(&key);
        if old.is_lhs && !self.is_integer(t) {
            let ts = self.type_string(t);
            self.error(
                e.span.lo,
                format!(
                    "invalid operation: shifted operand {} (type {ts}) must be integer",
                    expr_string(e)
                ),
            );
            return;
        }
        let mut val = None;
        if old.mode == Mode::Constant {
            let mut c = Operand {
                mode: old.mode,
                expr: Some(e),
                ty: old.ty,
                val: old.val.clone(),
                builtin: None,
                desc: None,
            };
            self.convert_untyped(&mut c, t);
            if c.is_invalid() {
                return;
            }
            val = Some(c.val);
        }
        self.record_type_and_value(e, old.mode, t, val);
    }

    /// types2's `matchTypes`: converts untyped operands of a binary
    /// operation to the other operand's type where that can work.
    pub(crate) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let may_convert = |c: &Checker, x: &Operand, y: &Operand| -> bool {
            if c.is_typed(x.ty) && c.is_typed(y.ty) {
                return false;
            }
            if c.is_numeric(x.ty) != c.is_numeric(y.ty) {
                return false;
            }
            if c.is_interface(x.ty) || c.is_interface(y.ty) {
                return true;
            }
            if c.is_boolean(x.ty) != c.is_boolean(y.ty) {
                return false;
            }
            if c.is_string(x.ty) != c.is_string(y.ty) {
                return false;
            }
            if x.is_nil() {
                return c.has_nil(y.ty);
            }
            if y.is_nil() {
                return c.has_nil(x.ty);
            }
            if c.is_pointer(x.ty) || c.is_pointer(y.ty) {
                return false;
            }
            true
        };
        if may_convert(self, x, y) {
            let yt = y.ty;
            self.convert_untyped(x, yt);
            if x.is_invalid() {
                return;
            }
            let xt = x.ty;
            self.convert_untyped(y, xt);
            if y.is_invalid() {
                x.mode = Mode::Invalid;
            }
        }
    }

    // ----- operators -------------------------------------------------------------------------

    fn unary(&mut self, e: &'a Expr, op: UnaryOp, inner: &'a Expr) -> Operand<'a> {
        let mut x = self.expr(None, inner);
        if x.is_invalid() {
            return x;
        }
        match op {
            UnaryOp::Addr => {
                let mut u = inner;
                while let ExprKind::Paren(i) = &u.kind {
                    u = i;
                }
                if !matches!(u.kind, ExprKind::CompositeLit { .. }) && x.mode != Mode::Variable {
                    let s = self.operand_string(&x);
                    self.error(
                        x.pos(),
                        format!("invalid operation: cannot take address of {s}"),
                    );
                    x.mode = Mode::Invalid;
                    return x;
                }
                x.mode = Mode::Value;
                x.ty = self.types.pointer(x.ty);
                return x;
            }
            UnaryOp::Recv => {
                match self.chan_elem(&x, true) {
                    Some(elem) => {
                        x.mode = Mode::CommaOk;
                        x.ty = elem;
                    }
                    None => x.mode = Mode::Invalid,
                }
                return x;
            }
            UnaryOp::Tilde => {
                self.error(
                    e.span.lo,
                    if self.is_integer(x.ty) {
                        "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)"
                    } else {
                        "cannot use ~ outside of interface or type constraint"
                    },
                );
                x.mode = Mode::Invalid;
                return x;
            }
            _ => {}
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.is_numeric(x.ty),
            UnaryOp::Xor => self.is_integer(x.ty),
            UnaryOp::Not => self.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let s = self.operand_string(&x);
            let sym = unary_symbol(op);
            self.error(
                x.pos(),
                format!("invalid operation: operator {sym} not defined on {s}"),
            );
            x.mode = Mode::Invalid;
            return x;
        }
        if x.mode == Mode::Constant {
            if x.val.is_unknown() {
                return x;
            }
            let prec = if self.is_unsigned(x.ty) {
                self.types.basic(x.ty).map_or(0, |b| b.size_bits())
            } else {
                0
            };
            if let Ok(cop) = CUnary::try_from(op) {
                x.val = constant::unary_op(cop, &x.val, prec);
            }
            x.expr = Some(e);
            self.overflow(&mut x, e.span.lo);
            return x;
        }
        x.mode = Mode::Value;
        x
    }

    /// types2's `chanElem`: the element type of a channel operand that is
    /// received from (`recv`) or sent to, or the error.
    pub(crate) fn chan_elem(&mut self, x: &Operand<'a>, recv: bool) -> Option<TypeId> {
        let ts = self.type_string(x.ty);
        let cause = match *self.core_kind(x.ty) {
            TypeKind::Chan { dir, elem } => {
                if recv && dir == crate::types::ChanDir::Send {
                    format!("send-only channel {ts}")
                } else if !recv && dir == crate::types::ChanDir::Recv {
                    format!("receive-only channel {ts}")
                } else {
                    return Some(elem);
                }
            }
            _ => format!("non-channel {ts}"),
        };
        let s = self.operand_string(x);
        if recv {
            self.error(
                x.pos(),
                format!("invalid operation: cannot receive from {cause} {s}"),
            );
        } else {
            self.error(
                x.pos(),
                format!("invalid operation: cannot send to {cause} {s}"),
            );
        }
        None
    }

    /// types2's `binary`. `e` is the whole expression (`None` for `x op= y`,
    /// whose message spells the statement).
    pub(crate) fn binary(
        &mut self,
        e: Option<&'a Expr>,
        lhs: &'a Expr,
        rhs: &'a Expr,
        op: BinaryOp,
        op_pos: u32,
    ) -> Operand<'a> {
        let mut x = self.expr(None, lhs);
        let mut y = self.expr(None, rhs);
        if x.is_invalid() {
            return x;
        }
        if y.is_invalid() {
            x.mode = Mode::Invalid;
            x.expr = y.expr;
            return x;
        }
        if is_shift(op) {
            self.shift(&mut x, &mut y, e, op, op_pos);
            return x;
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() {
            return x;
        }
        if is_comparison(op) {
            self.comparison(&mut x, &mut y, op, false);
            return x;
        }
        if !self.identical(x.ty, y.ty) {
            if self.is_valid(x.ty) && self.is_valid(y.ty) {
                let (xs, ys) = (self.type_string(x.ty), self.type_string(y.ty));
                let what = match e {
                    Some(e) => expr_string(e),
                    None => format!("{} {}= {}", expr_string(lhs), op.as_str(), expr_string(rhs)),
                };
                self.error(
                    x.pos(),
                    format!("invalid operation: {what} (mismatched types {xs} and {ys})"),
                );
            }
            x.mode = Mode::Invalid;
            return x;
        }
        let ok = match op {
            BinaryOp::Add => self.is_numeric_or_string(x.ty),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Quo => self.is_numeric(x.ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.is_integer(x.ty)
            }
            BinaryOp::AndAnd | BinaryOp::OrOr => self.is_boolean(x.ty),
            _ => false,
        };
        if !ok {
            let s = self.operand_string(&x);
            self.error(
                x.pos(),
                format!(
                    "invalid operation: operator {} not defined on {s}",
                    op.as_str()
                ),
            );
            x.mode = Mode::Invalid;
            return x;
        }
        if matches!(op, BinaryOp::Quo | BinaryOp::Rem) {
            let zero = y.mode == Mode::Constant && y.val.sign() == 0;
            if (x.mode == Mode::Constant || self.is_integer(x.ty)) && zero {
                self.error(y.pos(), "invalid operation: division by zero");
                x.mode = Mode::Invalid;
                return x;
            }
            if x.mode == Mode::Constant && y.mode == Mode::Constant && self.is_complex(x.ty) {
                let (re, im) = (y.val.real(), y.val.imag());
                let re2 = constant::binary_op(&re, CBinary::Mul, &re);
                let im2 = constant::binary_op(&im, CBinary::Mul, &im);
                if re2.sign() == 0 && im2.sign() == 0 {
                    self.error(y.pos(), "invalid operation: division by zero");
                    x.mode = Mode::Invalid;
                    return x;
                }
            }
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            if x.val.is_unknown() || y.val.is_unknown() {
                x.val = Value::Unknown;
                return x;
            }
            if op == BinaryOp::Add && x.val.kind() == constant::Kind::String {
                // Concatenating first and checking after (as types2 may, its
                // strings being ropes) would allocate the oversized string.
                let n = x.val.string_len().saturating_add(y.val.string_len());
                if n > constant::MAX_STRING_LEN {
                    self.error(
                        op_pos,
                        format!(
                            "constant string too long ({n} bytes > {} bytes)",
                            constant::MAX_STRING_LEN
                        ),
                    );
                    x.val = Value::Unknown;
                    x.expr = e;
                    return x;
                }
            }
            let mut cop = CBinary::try_from(op).unwrap_or(CBinary::Add);
            if op == BinaryOp::Quo && self.is_integer(x.ty) {
                cop = CBinary::IntQuo;
            }
            x.val = constant::binary_op(&x.val, cop, &y.val);
            x.expr = e;
            self.overflow(&mut x, op_pos);
            return x;
        }
        x.mode = Mode::Value;
        x
    }

    /// types2's `comparison`; `switch_case` for the implicit comparison of
    /// a case value with the switch tag.
    pub(crate) fn comparison(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        op: BinaryOp,
        switch_case: bool,
    ) {
        if !self.is_valid(x.ty) || !self.is_valid(y.ty) {
            x.mode = Mode::Invalid;
            return;
        }
        let op = if switch_case { BinaryOp::Eql } else { op };
        let mut err_is_y = false;
        let mut cause = String::new();
        let ok = self.assignable_to(x, y.ty, None) || self.assignable_to(y, x.ty, None);
        let failed = if !ok {
            err_is_y = true;
            let (xs, ys) = (self.type_string(x.ty), self.type_string(y.ty));
            cause = format!("mismatched types {xs} and {ys}");
            true
        } else {
            match op {
                BinaryOp::Eql | BinaryOp::Neq => {
                    if x.is_nil() || y.is_nil() {
                        let t = if x.is_nil() { y.ty } else { x.ty };
                        if !self.has_nil(t) {
                            err_is_y = true;
                            true
                        } else {
                            false
                        }
                    } else if !self.types.comparable(x.ty) {
                        cause = self.incomparable_cause(x.ty);
                        true
                    } else if !self.types.comparable(y.ty) {
                        err_is_y = true;
                        cause = self.incomparable_cause(y.ty);
                        true
                    } else {
                        false
                    }
                }
                _ => {
                    if !self.is_ordered(x.ty) {
                        true
                    } else if !self.is_ordered(y.ty) {
                        err_is_y = true;
                        true
                    } else {
                        false
                    }
                }
            }
        };
        if failed {
            if cause.is_empty() {
                let t = if err_is_y { y.ty } else { x.ty };
                let mut what = self.composite_kind(t).to_string();
                if what.is_empty() {
                    what = self.type_string(t);
                }
                cause = if self.types.type_param(self.types.unalias(t)).is_some() {
                    format!("type parameter {what} cannot use operator {}", op.as_str())
                } else {
                    format!("operator {} not defined on {what}", op.as_str())
                };
            }
            let xe = x.expr.map(expr_string).unwrap_or_default();
            let ye = y.expr.map(expr_string).unwrap_or_default();
            if switch_case {
                self.error(
                    x.pos(),
                    format!("invalid case {xe} in switch on {ye} ({cause})"),
                );
            } else {
                let pos = if err_is_y { y.pos() } else { x.pos() };
                self.error(
                    pos,
                    format!("invalid operation: {xe} {} {ye} ({cause})", op.as_str()),
                );
            }
            x.mode = Mode::Invalid;
            return;
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            let cop = CompareOp::try_from(op).unwrap_or(CompareOp::Eql);
            x.val = Value::make_bool(constant::compare(&x.val, cop, &y.val));
        } else {
            x.mode = Mode::Value;
            if let Some(e) = x.expr {
                let t = self.default_type(x.ty);
                self.update_expr_type(e, t, true);
            }
            if let Some(e) = y.expr {
                let t = self.default_type(y.ty);
                self.update_expr_type(e, t, true);
            }
        }
        x.ty = self.universe.basic(BasicKind::UntypedBool);
    }

    /// Why a type is not comparable (types2's `incomparableCause`).
    pub(crate) fn incomparable_cause(&self, t: TypeId) -> String {
        match self.types.under_kind(t) {
            TypeKind::Slice(_) | TypeKind::Func(_) | TypeKind::Map { .. } => {
                format!("{} can only be compared to nil", self.composite_kind(t))
            }
            _ => self.comparable_cause(t),
        }
    }

    /// types2's `comparableType` cause for structs and arrays.
    fn comparable_cause(&self, t: TypeId) -> String {
        match self.types.under_kind(t) {
            TypeKind::Struct(fields) => {
                for f in fields {
                    if !self.types.comparable(f.ty) {
                        let ts = self.type_string(f.ty);
                        return format!("struct containing {ts} cannot be compared");
                    }
                }
                String::new()
            }
            TypeKind::Array { elem, .. } => {
                let ts = self.type_string(t);
                let _ = elem;
                format!("{ts} cannot be compared")
            }
            _ => String::new(),
        }
    }

    fn shift(
        &mut self,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        e: Option<&'a Expr>,
        op: BinaryOp,
        op_pos: u32,
    ) {
        let xval = (x.mode == Mode::Constant).then(|| x.val.to_int());
        let x_int_const = self.is_untyped(x.ty)
            && xval
                .as_ref()
                .is_some_and(|v| v.kind() == constant::Kind::Int);
        if !(self.is_integer(x.ty) || x_int_const) {
            let s = self.operand_string(x);
            self.error(
                x.pos(),
                format!("invalid operation: shifted operand {s} must be integer"),
            );
            x.mode = Mode::Invalid;
            return;
        }
        let mut yval = None;
        if y.mode == Mode::Constant {
            let v = y.val.to_int();
            if v.kind() == constant::Kind::Int && v.sign() < 0 {
                let s = self.operand_string(y);
                self.error(
                    y.pos(),
                    format!("invalid operation: negative shift count {s}"),
                );
                x.mode = Mode::Invalid;
                return;
            }
            yval = Some(v);
            if self.is_untyped(y.ty) {
                let uint = self.universe.basic(BasicKind::Uint);
                self.representable(y, BasicKind::Uint, uint);
                if y.is_invalid() {
                    x.mode = Mode::Invalid;
                    return;
                }
            }
        } else if self.is_integer(y.ty) {
            // signed shift counts are fine since Go 1.13
        } else if self.is_untyped(y.ty) {
            let uint = self.universe.basic(BasicKind::Uint);
            self.convert_untyped(y, uint);
            if y.is_invalid() {
                x.mode = Mode::Invalid;
                return;
            }
        } else {
            let s = self.operand_string(y);
            self.error(
                y.pos(),
                format!("invalid operation: shift count {s} must be integer"),
            );
            x.mode = Mode::Invalid;
            return;
        }
        if x.mode == Mode::Constant {
            if y.mode == Mode::Constant {
                if x.val.is_unknown() || y.val.is_unknown() {
                    x.val = Value::Unknown;
                    if !self.is_integer(x.ty) {
                        x.ty = self.universe.basic(BasicKind::UntypedInt);
                    }
                    return;
                }
                let s = match yval.as_ref().map(|v| v.uint64_val()) {
                    Some((s, true)) if s <= constant::SHIFT_BOUND => s,
                    _ => {
                        let ys = self.operand_string(y);
                        self.error(
                            y.pos(),
                            format!("invalid operation: invalid shift count {ys}"),
                        );
                        x.mode = Mode::Invalid;
                        return;
                    }
                };
                if !self.is_integer(x.ty) {
                    x.ty = self.universe.basic(BasicKind::UntypedInt);
                }
                let sop = ShiftOp::try_from(op).unwrap_or(ShiftOp::Shl);
                x.val = constant::shift(xval.as_ref().unwrap_or(&x.val), sop, s);
                x.expr = e;
                self.overflow(x, op_pos);
                return;
            }
            if self.is_untyped(x.ty) {
                // A non-constant shift of an untyped constant: its type is
                // the context's, which must be an integer type.
                if let Some(ex) = x.expr {
                    if let Some(u) = self.untyped.get_mut(&(self.ctx.file, ex.id)) {
                        u.is_lhs = true;
                    }
                }
                x.mode = Mode::Value;
                return;
            }
        }
        if !self.is_integer(x.ty) {
            let s = self.operand_string(x);
            self.error(
                x.pos(),
                format!("invalid operation: shifted operand {s} must be integer"),
            );
            x.mode = Mode::Invalid;
            return;
        }
        x.mode = Mode::Value;
    }
}

pub(crate) fn is_shift(op: BinaryOp) -> bool {
    matches!(op, BinaryOp::Shl | BinaryOp::Shr)
}

pub(crate) fn is_comparison(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Eql
            | BinaryOp::Neq
            | BinaryOp::Lss
            | BinaryOp::Leq
            | BinaryOp::Gtr
            | BinaryOp::Geq
    )
}

fn unary_symbol(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Pos => "+",
        UnaryOp::Neg => "-",
        UnaryOp::Not => "!",
        UnaryOp::Xor => "^",
        UnaryOp::Deref => "*",
        UnaryOp::Addr => "&",
        UnaryOp::Recv => "<-",
        UnaryOp::Tilde => "~",
    }
}

/// types2's `opName`: the operation's word in `constant OP overflow`.
fn op_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Unary {
            op: UnaryOp::Xor, ..
        } => "bitwise complement",
        ExprKind::Binary { op, .. } => match op {
            BinaryOp::Add => "addition",
            BinaryOp::Sub => "subtraction",
            BinaryOp::Xor => "bitwise XOR",
            BinaryOp::Mul => "multiplication",
            BinaryOp::Shl => "shift",
            _ => "",
        },
        _ => "",
    }
}

/// types2's `nth`: `1st function result`, ...
pub(crate) fn nth(n: usize, what: &str) -> String {
    let ext = match n {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
    format!("{n}{ext} {what}")
}
